package mando.bootstrap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mando.adapters.gcp.DiscordApi;
import mando.adapters.inmemory.LocalFaults;
import mando.adapters.inmemory.MemoryImageStore;
import mando.adapters.inmemory.RecordingDiscord;
import mando.application.AcceptInteraction;
import mando.application.DeliverReply;
import mando.application.DroppedMessages;
import mando.application.MessageCodec;
import mando.application.QueueMessage;
import mando.application.RenderMandala;
import mando.bootstrap.discord.InteractionEndpoint;
import mando.bootstrap.discord.SignatureVerifier;
import mando.bootstrap.discord.SignedRequests;
import mando.bootstrap.local.LoopbackDiscord;
import mando.domain.ApplicationId;
import mando.domain.MandalaReply;
import mando.domain.MandalaRequest;
import mando.domain.mandala.MandalaRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code src/test/resources/corpus/}, one file per case) against every entry point: each HTTP
 * case against the {@code raw-discord-data} function (fixed clock) and the {@code local} server over loopback HTTP
 * (real clock), each queue case against the {@code image-generator} and {@code discord-reply} functions.
 */
final class BadInputCorpusTest {
    private static final String APP = "1174031232465760316";
    private static final Instant PUBLISHED = SignedRequests.NOW;
    /** An exception's class name, a stack frame, or a qualified class name: none may reach a client. */
    private static final Pattern LEAK = Pattern.compile("Exception|Error:|\\tat |[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+");
    private static final Duration STALL_BOUND = Duration.ofSeconds(15);

    @TempDir
    static Path dataDir;
    private static LoopbackDiscord discord;
    private static LocalBot bot;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Connections left hanging by never-ending bodies; the server must close each within {@link #STALL_BOUND}. */
    private static final List<Stalled> STALLED = new ArrayList<>();

    private record Stalled(String name, Socket socket, long openedNanos) {}

    @BeforeAll
    static void start() throws IOException {
        discord = LoopbackDiscord.start();
        bot = LocalBot.start(new LocalBot.Settings(SignedRequests.PUBLIC_KEY_HEX, new ApplicationId(APP),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), dataDir, null,
                new DiscordApi(discord.baseUrl()), LocalFaults.NONE));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            for (Stalled s : STALLED) {
                assertClosedByServer(s);
            }
            assertTrue(discord.edits().isEmpty(), "a bad request reached Discord: " + discord.edits());
        } finally {
            bot.close();
            discord.close();
        }
    }

    static Stream<CorpusCase> cases() {
        return Stream.concat(CorpusCase.load("http").stream(), CorpusCase.load("queue").stream());
    }

    @Test
    void corpus_everyCategory_hasItsCases() {
        List<CorpusCase> http = CorpusCase.load("http");
        List<CorpusCase> queue = CorpusCase.load("queue");
        assertTrue(http.size() + queue.size() >= 60, "cases: " + (http.size() + queue.size()));
        for (String prefix : List.of("signature-", "timestamp-", "body-", "method-", "interaction-", "command-")) {
            assertTrue(http.stream().anyMatch(c -> c.name().startsWith(prefix)), prefix);
        }
        assertTrue(queue.size() >= 15, "queue cases: " + queue.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void corpusCase_everyEntryPoint_getsItsDocumentedAnswer(CorpusCase c) throws Exception {
        if ("http".equals(c.folder())) {
            if (!c.serverOnly()) {
                throughFunction(c);
            }
            throughLocalServer(c);
        } else {
            throughQueueFunctions(c);
        }
    }

    // HTTP: the Cloud Function, with the fixed clock of SignedRequests.

    private void throughFunction(CorpusCase c) throws IOException {
        List<MandalaRequest> queued = new ArrayList<>();
        RawDiscordDataFunction function = new RawDiscordDataFunction(new InteractionEndpoint(
                new SignatureVerifier(SignedRequests.PUBLIC_KEY_HEX), new AcceptInteraction(queued::add),
                SignedRequests.CLOCK));
        CorpusCase.HttpRequest r = c.request(SignedRequests.NOW.getEpochSecond());
        FunctionFakes.Request request = "endless-chunked".equals(c.get("transport", ""))
                ? new FunctionFakes.Request(r.method(), endless(r.body()), headers(r))
                : new FunctionFakes.Request(r.method(), r.body(), headers(r));
        FunctionFakes.Response response = new FunctionFakes.Response();
        function.service(request, response);
        assertEquals("application/json", response.contentType);
        List<String> allow = response.headers.getOrDefault("Allow", List.of());
        assertAnswer(c, "function", response.status, response.bodyText(), allow.isEmpty() ? null : allow.get(0));
        assertTrue(queued.isEmpty(), "a bad request was queued: " + queued);

        SignedRequests.Signed ping = SignedRequests.sign(SignedRequests.fixture("ping.json"));
        FunctionFakes.Response pong = new FunctionFakes.Response();
        function.service(new FunctionFakes.Request("POST", ping.body(), Map.of("X-Signature-Ed25519",
                ping.signature(), "X-Signature-Timestamp", ping.timestamp())), pong);
        assertEquals("{\"type\":1}", pong.bodyText(), "function after " + c.name());
    }

    private static Map<String, String> headers(CorpusCase.HttpRequest r) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (r.signature() != null) {
            headers.put("X-Signature-Ed25519", r.signature());
        }
        if (r.timestamp() != null) {
            headers.put("X-Signature-Timestamp", r.timestamp());
        }
        return headers;
    }

    /** The body, then spaces for ever. */
    private static InputStream endless(byte[] start) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < start.length ? start[(int) position++] & 0xFF : ' ';
            }
        };
    }

    // HTTP: the local server over loopback, with the real clock.

    private void throughLocalServer(CorpusCase c) throws Exception {
        if (c.clockSensitive()) {
            awaitEarlyInSecond();
        }
        CorpusCase.HttpRequest r = c.request(System.currentTimeMillis() / 1000);
        switch (c.get("transport", "")) {
            case "endless-chunked" -> endlessChunked(c, r);
            case "stalled-chunked" -> stalledChunked(c, r);
            default -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(10))
                        .method(r.method(), r.body().length == 0 && !"POST".equals(r.method())
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(r.body()));
                headers(r).forEach(request::header);
                HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(null));
                assertAnswer(c, "server", response.statusCode(),
                        "HEAD".equals(r.method()) ? null : new String(response.body(), StandardCharsets.UTF_8),
                        response.headers().firstValue("Allow").orElse(null));
            }
        }
        assertServerServes(c.name());
    }

    /** A second's tick between signing and checking must not move an edge case across the window's edge. */
    private static void awaitEarlyInSecond() throws InterruptedException {
        while (System.currentTimeMillis() % 1000 > 600) {
            Thread.sleep(10);
        }
    }

    private static URI endpoint() {
        return URI.create("http://127.0.0.1:" + bot.port() + "/");
    }

    private static void assertServerServes(String after) throws Exception {
        SignedRequests.Signed ping = SignedRequests.signNow(SignedRequests.fixture("ping.json"));
        HttpResponse<String> pong = HTTP.send(HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(5))
                .header("X-Signature-Ed25519", ping.signature()).header("X-Signature-Timestamp", ping.timestamp())
                .POST(HttpRequest.BodyPublishers.ofByteArray(ping.body())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, pong.statusCode(), "server after " + after);
        assertEquals("{\"type\":1}", pong.body(), "server after " + after);
    }

    /** Chunks of spaces after the body, for as long as the server reads them (bounded: 8 MiB or 5 s). */
    private static void endlessChunked(CorpusCase c, CorpusCase.HttpRequest r) throws Exception {
        try (Socket socket = chunkedRequest(r)) {
            Thread writer = new Thread(() -> {
                byte[] chunk = ("4000\r\n" + " ".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                try {
                    OutputStream out = socket.getOutputStream();
                    for (int i = 0; i < 512 && System.nanoTime() < deadline; i++) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    // The server stopped reading and closed: what it should do.
                }
            }, "endless-body");
            writer.setDaemon(true);
            writer.start();
            String head = readHead(socket);
            writer.join(Duration.ofSeconds(6).toMillis());
            assertTrue(head.startsWith("HTTP/1.1 " + c.expectedStatus() + " "), head);
            assertFalse(LEAK.matcher(head).find(), head);
        }
    }

    /** The start of a body and then silence; checked at the end of the class, so the wait overlaps other cases. */
    private static void stalledChunked(CorpusCase c, CorpusCase.HttpRequest r) throws IOException {
        Socket socket = chunkedRequest(r);
        socket.getOutputStream().write(("5\r\n{\"typ\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        synchronized (STALLED) {
            STALLED.add(new Stalled(c.name(), socket, System.nanoTime()));
        }
    }

    private static void assertClosedByServer(Stalled s) throws IOException {
        try (Socket socket = s.socket()) {
            long left = STALL_BOUND.toMillis() - Duration.ofNanos(System.nanoTime() - s.openedNanos()).toMillis();
            socket.setSoTimeout((int) Math.max(1, left));
            String head = readHead(socket);
            assertTrue(head.isEmpty() || head.startsWith("HTTP/1.1 4"), s.name() + ": " + head);
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError(s.name() + ": the server still held the connection after " + STALL_BOUND, e);
        }
    }

    private static Socket chunkedRequest(CorpusCase.HttpRequest r) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), bot.port());
        socket.setSoTimeout(10_000);
        StringBuilder head = new StringBuilder(r.method() + " / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n");
        headers(r).forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        OutputStream out = socket.getOutputStream();
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.write((Integer.toHexString(r.body().length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(r.body());
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** The response's status line and headers, or "" if the server closed the connection without answering. */
    private static String readHead(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        int b;
        try {
            while ((b = in.read()) != -1 && head.indexOf("\r\n\r\n") < 0) {
                head.append((char) b);
            }
        } catch (java.net.SocketException e) {
            // Reset by the server: it cut the connection, which is an answer too.
        }
        return head.toString();
    }

    private static void assertAnswer(CorpusCase c, String where, int status, String body, String allow) {
        String what = where + " answered " + status + " " + body;
        assertEquals(c.expectedStatus(), status, what);
        if (body != null) {
            assertTrue(body.startsWith("{") && body.endsWith("}"), what);
            assertTrue(body.contains(c.get("expect.body", "")), what);
            assertFalse(LEAK.matcher(body).find(), what);
        }
        if (status == 405) {
            assertEquals("POST", allow, what);
        }
    }

    // Queues: both Pub/Sub-triggered functions, with nothing behind them but recording fakes.

    private void throughQueueFunctions(CorpusCase c) {
        MessageCodec codec = new MessageCodec();
        DroppedMessages dropped = new DroppedMessages();
        MemoryImageStore store = new MemoryImageStore(URI.create("https://storage.test/bucket"));
        List<MandalaReply> published = new ArrayList<>();
        RecordingDiscord recording = new RecordingDiscord();
        Clock clock = Clock.fixed(PUBLISHED.plusSeconds(2), ZoneOffset.UTC);
        ImageGeneratorFunction generator = new ImageGeneratorFunction(new RenderMandala(new MandalaRenderer(),
                store, published::add, codec, dropped, 64, QueueMessage.MAX_ATTEMPTS), dropped, clock);
        DiscordReplyFunction reply = new DiscordReplyFunction(new DeliverReply(new ApplicationId(APP), recording,
                codec, dropped, QueueMessage.MAX_ATTEMPTS), dropped, clock);

        // A case goes to both functions unless it says "only" (a good message of the other queue's type); its
        // reason is checked on the queue it was written for, as the other may refuse it sooner, for its type.
        String queue = c.get("queue", "both");
        String only = c.get("only", "");
        FunctionFakes.Event event = new FunctionFakes.Event("corpus-" + c.name(), eventData(c));
        long before = 0;
        for (String target : List.of(RenderMandala.QUEUE, DeliverReply.QUEUE)) {
            if (!only.isEmpty() && !only.equals(target)) {
                continue;
            }
            String reason = "both".equals(queue) || queue.equals(target) ? c.require("expect.reason") : "";
            try (LogCapture logs = new LogCapture()) {
                assertDoesNotThrow(() -> {
                    if (RenderMandala.QUEUE.equals(target)) {
                        generator.accept(event);
                    } else {
                        reply.accept(event);
                    }
                }, target);
                assertEquals(before + 1, dropped.count(), target + ": not counted as dropped");
                before = dropped.count();
                assertTrue(logs.lines().stream().anyMatch(l -> l.contains("dropped message from " + target)
                        && l.contains(reason)), target + " logged " + logs.lines());
            }
        }
        assertEquals(0, store.size(), "an image was stored");
        assertTrue(published.isEmpty(), "a reply was queued: " + published);
        assertTrue(recording.edits().isEmpty(), "Discord was called: " + recording.edits());
    }

    /**
     * The CloudEvent's data: {@code event...} as the push body itself, or {@code message...} as the Pub/Sub message
     * inside an ordinary push body; none at all with {@code event.none = true}.
     */
    private static byte[] eventData(CorpusCase c) {
        if ("true".equals(c.get("event.none", ""))) {
            return null;
        }
        if (c.keys().stringPropertyNames().stream().anyMatch(k -> k.startsWith("event"))) {
            return c.bytes("event");
        }
        String data = Base64.getEncoder().encodeToString(c.bytes("message"));
        return ("{\"message\":{\"data\":\"" + data + "\",\"messageId\":\"corpus-" + c.name() + "\",\"publishTime\":\""
                + PUBLISHED + "\"},\"subscription\":\"projects/mando-test/subscriptions/corpus\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
