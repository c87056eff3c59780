package mando.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import mando.domain.ApplicationId;
import mando.domain.MandalaReply;
import mando.domain.MandalaRequest;
import mando.domain.mandala.MandalaRenderer;
import mando.domain.port.ImageStoreException;
import org.junit.jupiter.api.Test;

/** The three Cloud Functions entry points, called with what Discord and Eventarc send them. */
final class FunctionsTest {
    private static final Instant PUBLISHED = Instant.parse("2026-12-03T12:00:00.123Z");
    private final MessageCodec codec = new MessageCodec();
    private final DroppedMessages dropped = new DroppedMessages();
    private final List<MandalaRequest> requests = new ArrayList<>();
    private final List<MandalaReply> replies = new ArrayList<>();

    private static byte[] pubsubFixture(String name) {
        try (InputStream in = FunctionsTest.class.getResourceAsStream("/pubsub/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RawDiscordDataFunction httpFunction() {
        return new RawDiscordDataFunction(new InteractionEndpoint(
                new SignatureVerifier(SignedRequests.PUBLIC_KEY_HEX), new AcceptInteraction(requests::add),
                SignedRequests.CLOCK));
    }

    private FunctionFakes.Response call(FunctionFakes.Request request) throws IOException {
        FunctionFakes.Response response = new FunctionFakes.Response();
        httpFunction().service(request, response);
        assertEquals("application/json", response.contentType);
        return response;
    }

    private static FunctionFakes.Request signedPost(String fixture) {
        SignedRequests.Signed s = SignedRequests.sign(SignedRequests.fixture(fixture));
        return new FunctionFakes.Request("POST", s.body(), Map.of("x-signature-ed25519", s.signature(),
                "X-Signature-Timestamp", s.timestamp()));
    }

    @Test
    void rawDiscordData_ping_answersPong() throws IOException {
        FunctionFakes.Response r = call(signedPost("ping.json"));
        assertEquals(200, r.status);
        assertEquals("{\"type\":1}", r.bodyText());
    }

    @Test
    void rawDiscordData_mando_queuesAndDefers() throws IOException {
        FunctionFakes.Response r = call(signedPost("mando.json"));
        assertEquals("{\"type\":5}", r.bodyText());
        assertEquals(1, requests.size());
    }

    @Test
    void rawDiscordData_get_is405WithAllow() throws IOException {
        FunctionFakes.Response r = call(new FunctionFakes.Request("GET", new byte[0], Map.of()));
        assertEquals(405, r.status);
        assertEquals(List.of("POST"), r.headers.get("Allow"));
    }

    @Test
    void rawDiscordData_declaredOversizedBody_is413() throws IOException {
        FunctionFakes.Response r = call(new FunctionFakes.Request("POST", new byte[0], 10_000_000, Map.of()));
        assertEquals(413, r.status);
    }

    @Test
    void rawDiscordData_unsigned_is401() throws IOException {
        FunctionFakes.Response r = call(new FunctionFakes.Request("POST", SignedRequests.fixture("mando.json"),
                Map.of()));
        assertEquals(401, r.status);
        assertTrue(requests.isEmpty());
    }

    private ImageGeneratorFunction generator(mando.domain.port.ImageStore store, Instant now) {
        return new ImageGeneratorFunction(new RenderMandala(new MandalaRenderer(), store, replies::add, codec,
                dropped, 256, QueueMessage.MAX_ATTEMPTS), dropped, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void imageGenerator_pushEvent_storesImageAndQueuesReply() {
        MemoryImageStore store = new MemoryImageStore(URI.create("https://storage.test/bucket"));
        generator(store, PUBLISHED.plusSeconds(2))
                .accept(new FunctionFakes.Event("e1", pubsubFixture("request-push.json")));
        assertTrue(store.get("1174031389567352833.png").isPresent());
        assertEquals(1, replies.size());
        assertEquals(URI.create("https://storage.test/bucket/1174031389567352833.png"), replies.get(0).imageUrl());
        assertEquals("seed 2024", replies.get(0).caption());
    }

    @Test
    void imageGenerator_storeDownOnEarlyAttempt_throwsSoPubSubRedelivers() {
        assertThrows(ImageStoreException.class, () -> generator(failingStore(), PUBLISHED.plusSeconds(2))
                .accept(new FunctionFakes.Event("e1", pubsubFixture("request-push.json"))));
        assertTrue(replies.isEmpty());
    }

    @Test
    void imageGenerator_storeDownAndMessageTooOld_tellsTheUserInsteadOfRetrying() {
        generator(failingStore(), PUBLISHED.plus(PubSubPush.LAST_CHANCE_AGE).plusSeconds(1))
                .accept(new FunctionFakes.Event("e1", pubsubFixture("request-push.json")));
        assertEquals(1, replies.size());
        assertTrue(replies.get(0).isFailure());
    }

    @Test
    void imageGenerator_undecodableEvents_areDroppedAndCountedNotThrown() {
        ImageGeneratorFunction f = generator(failingStore(), PUBLISHED);
        f.accept(new FunctionFakes.Event("e1", null));
        f.accept(new FunctionFakes.Event("e2", "not json".getBytes(StandardCharsets.UTF_8)));
        f.accept(new FunctionFakes.Event("e3", "{\"message\":{\"data\":\"%%%\"}}".getBytes(StandardCharsets.UTF_8)));
        f.accept(new FunctionFakes.Event("e4", "{\"message\":{\"data\":\"bm90IGEgbWVzc2FnZQ==\"}}"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(4, dropped.count());
    }

    @Test
    void discordReply_pushEvent_editsTheResponse() {
        RecordingDiscord discord = new RecordingDiscord();
        new DiscordReplyFunction(new DeliverReply(new ApplicationId("1174031232465760316"), discord, codec, dropped,
                QueueMessage.MAX_ATTEMPTS), dropped, Clock.fixed(PUBLISHED, ZoneOffset.UTC))
                .accept(new FunctionFakes.Event("e1", pubsubFixture("reply-push.json")));
        assertEquals(1, discord.edits().size());
        assertEquals(URI.create("https://storage.googleapis.com/mando-images/1174031389567352833.png"),
                discord.edits().get(0).imageUrl());
    }

    private static mando.domain.port.ImageStore failingStore() {
        return (name, png) -> {
            throw new ImageStoreException("bucket unavailable", null);
        };
    }
}
