package mando.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.functions.CloudEventsFunction;
import com.google.cloud.functions.HttpFunction;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import com.google.pubsub.v1.ReceivedMessage;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dagger.BindsInstance;
import dagger.Component;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;
import mando.adapters.gcp.DiscordApi;
import mando.adapters.gcp.GcpAdaptersForTests;
import mando.adapters.gcp.GcpAdaptersModule;
import mando.adapters.gcp.GcpSettings;
import mando.adapters.gcp.testing.CloudEventBridge;
import mando.adapters.gcp.testing.LoopbackDiscord;
import mando.adapters.gcp.testing.LoopbackDiscord.Answer;
import mando.adapters.gcp.testing.PubSubEmulator;
import mando.application.AcceptInteraction;
import mando.application.DroppedMessages;
import mando.application.MessageCodec;
import mando.bootstrap.discord.SignatureVerifier;
import mando.bootstrap.discord.SignedRequests;
import mando.domain.ApplicationId;
import mando.domain.InteractionId;
import mando.domain.MandalaRequest;
import mando.domain.port.ReplyQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GCP mode on one machine, with the real Pub/Sub emulator, Pub/Sub publishers, Discord client and the three functions
 * over loopback HTTP; {@link CloudEventBridge} stands in for Eventarc, google-cloud-nio's in-memory
 * {@code LocalStorageHelper} under the production {@code CloudStorageImageStore} for Cloud Storage, and a loopback
 * server for Discord.
 */
final class GcpEndToEndTest {
    @RegisterExtension
    static final PubSubEmulator EMULATOR = new PubSubEmulator();

    private static final String BUCKET = "mando-e2e-images";
    private static final ApplicationId APP = new ApplicationId("1174031232465760316");
    /** The interaction in {@code discord/mando.json}. */
    private static final String INTERACTION = "1174031389567352833";
    private static final String TOKEN = "aW50ZXJhY3Rpb246MTE3NDAzMTM4OTU2NzM1MjgzMzpNQU5ET19UT0tFTl9TRUNSRVQ";
    /** Pub/Sub's minimum; the bridge hands a failed message back after one second anyway. */
    private static final int ACK_DEADLINE_SECONDS = 10;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The image-generator's reply publisher exactly as {@link GcpAdaptersModule} binds it. */
    @Singleton
    @Component(modules = {GcpAdaptersModule.class, MessagesModule.class})
    interface PubSubReplies {
        ReplyQueue replies();

        MessageCodec codec();

        DroppedMessages dropped();

        @Component.Factory
        interface Factory {
            PubSubReplies create(@BindsInstance GcpSettings gcp);
        }
    }

    // Topics live for the class; each test reads them through subscriptions of its own.
    private static String requestsTopic;
    private static String repliesTopic;
    private static GcpSettings gcp;
    /**
     * One instance for the class, as Cloud Functions keeps one per instance: its component offers no way to close
     * the Pub/Sub publisher inside, and gRPC logs an error for a channel collected while still open.
     */
    private static RawDiscordDataFunction rawDiscordData;

    private final Storage storage = LocalStorageHelper.getOptions().getService();
    private final MessageCodec codec = new MessageCodec();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Deque<AutoCloseable> open = new ArrayDeque<>();
    private String audit;
    private LoopbackDiscord discord;
    private DroppedMessages generatorDropped;
    private DroppedMessages replyDropped;
    private URI endpoint;
    private CloudEventBridge toGenerator;
    private CloudEventBridge toReply;

    @BeforeAll
    static void topicsAndHttpFunction() {
        requestsTopic = PubSubEmulator.uniqueName("raw-discord-data");
        repliesTopic = PubSubEmulator.uniqueName("reply-data");
        EMULATOR.createTopic(requestsTopic);
        EMULATOR.createTopic(repliesTopic);
        gcp = new GcpSettings(PubSubEmulator.PROJECT, requestsTopic, repliesTopic, BUCKET, EMULATOR.hostPort());
        rawDiscordData = new RawDiscordDataFunction(DaggerRawDiscordDataComponent.factory()
                .create(new SignatureVerifier(SignedRequests.PUBLIC_KEY_HEX), gcp).endpoint());
    }

    @BeforeEach
    void start() throws Exception {
        String toGeneratorSubscription = PubSubEmulator.uniqueName(requestsTopic + "-image-generator");
        String toReplySubscription = PubSubEmulator.uniqueName(repliesTopic + "-discord-reply");
        EMULATOR.createSubscription(toGeneratorSubscription, requestsTopic, ACK_DEADLINE_SECONDS);
        EMULATOR.createSubscription(toReplySubscription, repliesTopic, ACK_DEADLINE_SECONDS);
        // A second subscription on the requests topic: what the HTTP function put there, seen apart from the bridge.
        audit = PubSubEmulator.uniqueName(requestsTopic + "-audit");
        EMULATOR.createSubscription(audit, requestsTopic, ACK_DEADLINE_SECONDS);

        discord = closing(new LoopbackDiscord());

        PubSubReplies generatorWiring = DaggerGcpEndToEndTest_PubSubReplies.factory().create(gcp);
        generatorDropped = generatorWiring.dropped();
        if (generatorWiring.replies() instanceof AutoCloseable publisher) {
            closing(publisher);
        }
        ImageGeneratorFunction imageGenerator = new ImageGeneratorFunction(GeneratorModule.render(
                GcpAdaptersForTests.cloudStorage(BUCKET, storage), generatorWiring.replies(), generatorWiring.codec(),
                generatorDropped), generatorDropped, Clock.systemUTC());

        DiscordReplyComponent replyWiring = DaggerDiscordReplyComponent.factory()
                .create(APP, new DiscordApi(discord.baseUrl()));
        replyDropped = replyWiring.dropped();
        DiscordReplyFunction discordReply = new DiscordReplyFunction(replyWiring.deliver(), replyDropped,
                Clock.systemUTC());

        FunctionServer functions = closing(new FunctionServer());
        endpoint = functions.http("/raw-discord-data", rawDiscordData);
        toGenerator = closing(new CloudEventBridge(EMULATOR, requestsTopic, toGeneratorSubscription,
                functions.events("/image-generator", imageGenerator)));
        toReply = closing(new CloudEventBridge(EMULATOR, repliesTopic, toReplySubscription,
                functions.events("/discord-reply", discordReply)));
    }

    @AfterEach
    void stop() throws Exception {
        while (!open.isEmpty()) {
            open.pop().close();
        }
    }

    private <T extends AutoCloseable> T closing(T resource) {
        open.push(resource);
        return resource;
    }

    @Test
    void signedMando_throughEmulatorAndFunctions_editReachesDiscordWithStoredImageUrl() throws Exception {
        HttpResponse<String> answer = postSignedMando();

        assertEquals(200, answer.statusCode());
        assertEquals("{\"type\":5}", answer.body());
        List<ReceivedMessage> queued = EMULATOR.pull(audit, 1, Duration.ofSeconds(5), true);
        assertEquals(1, queued.size(), "the deferral was sent before the request reached the emulator");
        MandalaRequest request = codec.decodeRequest(queued.get(0).getMessage().getData().toByteArray());
        assertEquals(INTERACTION, request.interaction().id().value());

        LoopbackDiscord.Request edit = discord.awaitRequests(1, WAIT).get(0);
        assertEquals("PATCH", edit.method());
        assertEquals("/api/v10/webhooks/" + APP.value() + "/" + TOKEN + "/messages/@original", edit.path());
        assertEquals(expectedEdit(), edit.body());
        Blob stored = storage.get(BUCKET, INTERACTION + ".png");
        assertEquals("image/png", stored.getContentType());
        byte[] png = stored.getContent();
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
        awaitAtLeast(1, toGenerator::acknowledged, "image-generator acknowledgements");
        awaitAtLeast(1, toReply::acknowledged, "discord-reply acknowledgements");
        assertEquals(1, toGenerator.posts());
        assertEquals(1, toReply.posts());
        assertEquals(0, generatorDropped.count() + replyDropped.count());
    }

    @Test
    void discordFailsBeyondClientRetries_emulatorRedelivers_editArrivesWithTheSameBody() throws Exception {
        // Every attempt of the first delivery fails, and the first attempt of the redelivery too.
        int failures = GcpAdaptersForTests.DISCORD_ATTEMPTS_PER_CALL + 1;
        for (int i = 0; i < failures; i++) {
            discord.answer(Answer.of(500, "{\"message\":\"Internal Server Error\",\"code\":0}"));
        }

        assertEquals("{\"type\":5}", postSignedMando().body());

        List<LoopbackDiscord.Request> edits = discord.awaitRequests(failures + 1, WAIT);
        awaitAtLeast(1, toReply::acknowledged, "discord-reply acknowledgements");
        assertEquals(2, toReply.posts(), "the failed delivery and its redelivery");
        assertEquals(failures + 1, discord.requests().size(), "edits after the acknowledgement");
        for (LoopbackDiscord.Request edit : edits) {
            assertEquals("PATCH", edit.method());
            assertEquals("/api/v10/webhooks/" + APP.value() + "/" + TOKEN + "/messages/@original", edit.path());
            assertEquals(expectedEdit(), edit.body());
        }
        assertEquals(1, toGenerator.posts(), "the image is rendered once: only the reply step is retried");
        assertEquals(0, generatorDropped.count() + replyDropped.count());
    }

    private HttpResponse<String> postSignedMando() throws IOException, InterruptedException {
        SignedRequests.Signed signed = SignedRequests.signNow(SignedRequests.fixture("mando.json"));
        return http.send(HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Signature-Ed25519", signed.signature())
                .header("X-Signature-Timestamp", signed.timestamp())
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expectedEdit() {
        return "{\"content\":\"\",\"embeds\":[{\"description\":\"seed "
                + AcceptInteraction.seedFor(new InteractionId(INTERACTION)) + "\",\"image\":{\"url\":"
                + "\"https://storage.googleapis.com/" + BUCKET + "/" + INTERACTION + ".png\"},\"color\":5793266}],"
                + "\"allowed_mentions\":{\"parse\":[]}}";
    }

    /** Waits for a counter that the bridge bumps just after the function answers. */
    private static void awaitAtLeast(int expected, IntSupplier counter, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (counter.getAsInt() < expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + expected + " " + what + ", got " + counter.getAsInt());
            }
            Thread.sleep(10);
        }
    }

    /**
     * The functions on one loopback HTTP server, as Cloud Functions runs them: an HTTP function gets the request
     * as is; a CloudEvents function gets the binary-mode CloudEvent made from {@code ce-*} headers and the body, and
     * its exception becomes a 500, so the caller leaves the message to Pub/Sub's redelivery.
     */
    private static final class FunctionServer implements AutoCloseable {
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gcp-e2e-function");
            t.setDaemon(true);
            return t;
        });
        private final HttpServer server;

        FunctionServer() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(threads);
            server.start();
        }

        URI http(String path, HttpFunction function) {
            server.createContext(path, exchange -> {
                try (exchange) {
                    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
                    FunctionFakes.Request request = new FunctionFakes.Request(exchange.getRequestMethod(),
                            readBody(exchange), headers);
                    FunctionFakes.Response response = new FunctionFakes.Response();
                    try {
                        function.service(request, response);
                    } catch (Exception e) {
                        send(exchange, 500, new byte[0]);
                        return;
                    }
                    response.headers.forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
                    if (response.contentType != null) {
                        exchange.getResponseHeaders().set("Content-Type", response.contentType);
                    }
                    send(exchange, response.status, response.body.toByteArray());
                }
            });
            return url(path);
        }

        URI events(String path, CloudEventsFunction function) {
            server.createContext(path, exchange -> {
                try (exchange) {
                    Headers h = exchange.getRequestHeaders();
                    byte[] data = readBody(exchange);
                    if (!"POST".equals(exchange.getRequestMethod()) || !"1.0".equals(h.getFirst("ce-specversion"))
                            || h.getFirst("ce-id") == null || h.getFirst("ce-type") == null
                            || h.getFirst("ce-source") == null) {
                        send(exchange, 400, new byte[0]);
                        return;
                    }
                    String time = h.getFirst("ce-time");
                    CloudEvent event = new BinaryEvent(h.getFirst("ce-id"), h.getFirst("ce-type"),
                            URI.create(h.getFirst("ce-source")), h.getFirst("Content-Type"),
                            time == null ? null : OffsetDateTime.parse(time), data);
                    int status;
                    try {
                        function.accept(event);
                        status = 200;
                    } catch (Exception e) {
                        status = 500;
                    }
                    send(exchange, status, new byte[0]);
                }
            });
            return url(path);
        }

        private URI url(String path) {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        }

        private static byte[] readBody(HttpExchange exchange) throws IOException {
            try (InputStream in = exchange.getRequestBody()) {
                return in.readAllBytes();
            }
        }

        private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    /** A CloudEvent read from a binary-mode HTTP request: attributes from the headers, the body as data. */
    private record BinaryEvent(String id, String type, URI source, String contentType, OffsetDateTime time,
                               byte[] data) implements CloudEvent {
        @Override public CloudEventData getData() { return () -> data; }
        @Override public SpecVersion getSpecVersion() { return SpecVersion.V1; }
        @Override public String getId() { return id; }
        @Override public String getType() { return type; }
        @Override public URI getSource() { return source; }
        @Override public String getDataContentType() { return contentType; }
        @Override public URI getDataSchema() { return null; }
        @Override public String getSubject() { return null; }
        @Override public OffsetDateTime getTime() { return time; }
        @Override public Object getAttribute(String name) { return null; }
        @Override public Object getExtension(String name) { return null; }
        @Override public Set<String> getExtensionNames() { return Set.of(); }
    }
}
