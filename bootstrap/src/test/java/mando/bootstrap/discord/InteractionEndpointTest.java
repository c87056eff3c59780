package mando.bootstrap.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mando.application.AcceptInteraction;
import mando.domain.MandalaRequest;
import mando.domain.port.QueueException;
import mando.domain.port.RequestQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class InteractionEndpointTest {
    private final List<MandalaRequest> queued = new ArrayList<>();

    private InteractionEndpoint endpoint(RequestQueue queue) {
        return new InteractionEndpoint(new SignatureVerifier(SignedRequests.PUBLIC_KEY_HEX),
                new AcceptInteraction(queue), SignedRequests.CLOCK);
    }

    private InteractionEndpoint.Response post(SignedRequests.Signed s) {
        return endpoint(queued::add).handle("POST", s.signature(), s.timestamp(), s.body(), s.body().length);
    }

    @Test
    void ping_signed_answersPong() {
        InteractionEndpoint.Response r = post(SignedRequests.sign(SignedRequests.fixture("ping.json")));
        assertEquals(new InteractionEndpoint.Response(200, "{\"type\":1}"), r);
    }

    @Test
    void mando_signed_queuesThenDefers() {
        InteractionEndpoint.Response r = post(SignedRequests.sign(SignedRequests.fixture("mando.json")));
        assertEquals(new InteractionEndpoint.Response(200, "{\"type\":5}"), r);
        assertEquals(1, queued.size());
        assertEquals("1174031389567352833", queued.get(0).interaction().id().value());
    }

    @Test
    void mandoWithOptions_signed_carriesTheOptions() {
        post(SignedRequests.sign(SignedRequests.fixture("mando-with-options.json")));
        assertEquals("seed 2024 · symmetry 8 · bezier_fill · discord-dark · 3 layers",
                queued.get(0).options().caption());
    }

    @Test
    void unknownCommand_answersEphemeral() {
        InteractionEndpoint.Response r = post(SignedRequests.sign(SignedRequests.fixture("unknown-command.json")));
        assertEquals(200, r.status());
        assertEquals("{\"type\":4,\"data\":{\"content\":\"I only know /mando.\",\"flags\":64,"
                + "\"allowed_mentions\":{\"parse\":[]}}}", r.body());
        assertTrue(queued.isEmpty());
    }

    @Test
    void buttonClick_answersEphemeral() {
        InteractionEndpoint.Response r = post(SignedRequests.sign(SignedRequests.fixture("button-click.json")));
        assertEquals(200, r.status());
        assertTrue(r.body().contains("\"flags\":64"), r.body());
    }

    @Test
    void queueDown_answersApologyNotDeferral() {
        SignedRequests.Signed s = SignedRequests.sign(SignedRequests.fixture("mando.json"));
        InteractionEndpoint.Response r = endpoint(req -> {
            throw new QueueException("unavailable", null);
        }).handle("POST", s.signature(), s.timestamp(), s.body(), s.body().length);
        assertEquals(200, r.status());
        assertTrue(r.body().startsWith("{\"type\":4,") && r.body().contains("\"flags\":64"), r.body());
    }

    @Test
    void missingSignature_is401() {
        SignedRequests.Signed s = SignedRequests.sign(SignedRequests.fixture("ping.json"));
        assertEquals(401, endpoint(queued::add).handle("POST", null, s.timestamp(), s.body(), s.body().length)
                .status());
        assertEquals(401, endpoint(queued::add).handle("POST", s.signature(), null, s.body(), s.body().length)
                .status());
    }

    @Test
    void changedBody_is401() {
        SignedRequests.Signed s = SignedRequests.sign(SignedRequests.fixture("mando.json"));
        byte[] changed = s.body().clone();
        changed[changed.length - 3] ^= 1;
        assertEquals(401, endpoint(queued::add).handle("POST", s.signature(), s.timestamp(), changed,
                changed.length).status());
        assertTrue(queued.isEmpty());
    }

    @Test
    void anotherKeysSignature_is401() {
        byte[] body = SignedRequests.fixture("ping.json");
        String ts = Long.toString(SignedRequests.NOW.getEpochSecond());
        String signature = InteractionSigner.random().sign(ts, body);
        assertEquals(401, endpoint(queued::add).handle("POST", signature, ts, body, body.length).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "zz", "00", "not hex at all"})
    void malformedSignature_is401(String signature) {
        byte[] body = SignedRequests.fixture("ping.json");
        assertEquals(401, endpoint(queued::add).handle("POST", signature,
                Long.toString(SignedRequests.NOW.getEpochSecond()), body, body.length).status());
    }

    @Test
    void upperCaseHexSignature_isTheSameSignature() {
        SignedRequests.Signed s = SignedRequests.sign(SignedRequests.fixture("ping.json"));
        assertEquals(200, endpoint(queued::add).handle("POST", s.signature().toUpperCase(), s.timestamp(),
                s.body(), s.body().length).status());
    }

    @ParameterizedTest
    @ValueSource(longs = {-301, 301, -86400, 86400})
    void timestampOutsideWindow_is401(long offset) {
        SignedRequests.Signed s = SignedRequests.sign(SignedRequests.fixture("ping.json"),
                SignedRequests.NOW.getEpochSecond() + offset);
        assertEquals(401, post(s).status());
    }

    @ParameterizedTest
    @ValueSource(longs = {-300, 0, 300})
    void timestampAtWindowEdges_isAccepted(long offset) {
        SignedRequests.Signed s = SignedRequests.sign(SignedRequests.fixture("ping.json"),
                SignedRequests.NOW.getEpochSecond() + offset);
        assertEquals(200, post(s).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{\"type\":\"1\"}", "{\"type\":99}", "{\"type\":2}",
        "{\"type\":2,\"id\":\"1\",\"application_id\":\"2\",\"token\":\"t\",\"data\":{\"name\":\"mando\","
                + "\"options\":{}}}",
        "{\"type\":2,\"id\":\"abc\",\"application_id\":\"2\",\"token\":\"t\",\"data\":{\"name\":\"mando\"}}",
        "{\"type\":1} {}", "{\"type\":1,\"type\":2}"})
    void signedMalformedJson_is400(String json) {
        InteractionEndpoint.Response r = post(SignedRequests.sign(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().startsWith("{\"error\":"), r.body());
    }

    @Test
    void deepNesting_is400NotACrash() {
        String deep = "{\"type\":1,\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertEquals(400, post(SignedRequests.sign(deep.getBytes(StandardCharsets.UTF_8))).status());
    }

    @Test
    void bodyOverBound_is413BeforeVerifying() {
        byte[] big = new byte[InteractionEndpoint.MAX_BODY_BYTES + 1];
        assertEquals(413, endpoint(queued::add).handle("POST", null, null, big, big.length).status());
    }

    @Test
    void otherMethods_are405() {
        assertEquals(405, endpoint(queued::add).handle("GET", null, null, new byte[0], 0).status());
        assertEquals(405, endpoint(queued::add).handle("PUT", null, null, new byte[0], 0).status());
    }

    @Test
    void verifier_rejectsMalformedPublicKey() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SignatureVerifier("abc"));
    }
}
