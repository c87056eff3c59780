package mando.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;
import java.util.regex.Pattern;
import mando.application.AcceptInteraction;
import mando.application.MalformedMessageException;
import mando.application.MessageCodec;
import mando.application.QueueMessage;
import mando.bootstrap.discord.InteractionEndpoint;
import mando.bootstrap.discord.SignatureVerifier;
import mando.bootstrap.discord.SignedRequests;
import mando.domain.MandalaReply;
import mando.domain.MandalaRequest;

/**
 * Coverage-guided fuzzing (Jazzer) of everything that reads untrusted bytes: the endpoint's verify-then-parse path
 * and the two queue decoders. In a plain {@code mvn verify} each test runs its seeds from {@code
 * BadInputFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1} one test is fuzzed (docs/fuzzing.md).
 */
final class BadInputFuzzTest {
    /** How long one test is fuzzed when JAZZER_FUZZ is set; a regression run ignores it. */
    static final String FUZZ_DURATION = "2m";
    private static final Set<Integer> DOCUMENTED = Set.of(200, 400, 401, 405, 413);
    private static final Pattern LEAK = Pattern.compile("Exception|\\tat |[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+");
    private static final InteractionEndpoint ENDPOINT = new InteractionEndpoint(
            new SignatureVerifier(SignedRequests.PUBLIC_KEY_HEX), new AcceptInteraction(request -> {}),
            SignedRequests.CLOCK);
    private static final MessageCodec CODEC = new MessageCodec();

    /** Signed with the test key, so every input gets past the verifier and the fuzzer explores the parser. */
    @FuzzTest(maxDuration = FUZZ_DURATION)
    void endpoint_signedBody_answersParsedOrRefused(byte[] body) {
        SignedRequests.Signed s = SignedRequests.sign(body);
        InteractionEndpoint.Response r = ENDPOINT.handle("POST", s.signature(), s.timestamp(), body, body.length);
        assertDocumented(r);
        if (body.length <= InteractionEndpoint.MAX_BODY_BYTES) {
            assertTrue(r.status() == 200 || r.status() == 400, r.toString());
        }
    }

    /** Arbitrary method, headers and body: nothing unsigned ever reaches the parser. */
    @FuzzTest(maxDuration = FUZZ_DURATION)
    void endpoint_anyHeadersAndBody_neverGetsPastTheVerifier(FuzzedDataProvider data) {
        String method = data.consumeBoolean() ? "POST" : data.consumeString(8);
        String signature = data.consumeBoolean() ? null : data.consumeString(160);
        String timestamp = data.consumeBoolean() ? SignedRequests.sign(new byte[0]).timestamp()
                : data.consumeString(24);
        byte[] body = data.consumeRemainingAsBytes();
        InteractionEndpoint.Response r = ENDPOINT.handle(method, signature, timestamp, body, body.length);
        assertDocumented(r);
        assertTrue(r.status() == 401 || r.status() == 405, r.toString());
    }

    @FuzzTest(maxDuration = FUZZ_DURATION)
    void messageCodec_anyBytes_decodesOrRefuses(byte[] data) {
        try {
            MandalaRequest request = CODEC.decodeRequest(data);
            assertEquals(request, CODEC.decodeRequest(CODEC.encode(request)));
        } catch (MalformedMessageException refused) {
            // The one documented way to refuse.
        }
        try {
            MandalaReply reply = CODEC.decodeReply(data);
            assertEquals(reply, CODEC.decodeReply(CODEC.encode(reply)));
        } catch (MalformedMessageException refused) {
            // The one documented way to refuse.
        }
        assertFalse(CODEC.describe(data).isEmpty());
    }

    @FuzzTest(maxDuration = FUZZ_DURATION)
    void pubSubPush_anyBytes_decodesOrRefuses(byte[] event) {
        try {
            QueueMessage message = PubSubPush.decode(event, SignedRequests.NOW);
            assertTrue(message.attempt() >= 1 && message.attempt() <= 1000, message.toString());
        } catch (MalformedMessageException refused) {
            // The one documented way to refuse.
        }
    }

    private static void assertDocumented(InteractionEndpoint.Response r) {
        assertTrue(DOCUMENTED.contains(r.status()), r.toString());
        assertTrue(r.body().startsWith("{") && r.body().endsWith("}"), r.toString());
        assertFalse(LEAK.matcher(r.body()).find(), r.toString());
    }
}
