package mando.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import mando.domain.MandalaReply;
import mando.domain.MandalaRequest;
import mando.domain.mandala.Background;
import mando.domain.mandala.MandalaOptions;
import mando.domain.mandala.Palette;
import mando.domain.mandala.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class MessageCodecTest {
    private final MessageCodec codec = new MessageCodec();

    @Test
    void request_roundTrip_keepsEveryField() {
        MandalaRequest request = new MandalaRequest(Fixtures.interaction(),
                new MandalaOptions(42, 6, Style.BEZIER_FILL, Palette.DISCORD_DARK, 3, Background.LIGHT));
        assertEquals(request, codec.decodeRequest(codec.encode(request)));
    }

    @Test
    void request_onlySeed_leavesTheRestUnset() {
        MandalaRequest request = new MandalaRequest(Fixtures.interaction(), MandalaOptions.ofSeed(7));
        String json = new String(codec.encode(request), StandardCharsets.UTF_8);
        assertEquals("{\"v\":1,\"type\":\"mandala.request\",\"interaction\":{\"id\":\"1174031232465760317\","
                + "\"application_id\":\"1174031232465760316\",\"token\":\"" + Fixtures.TOKEN + "\"},"
                + "\"options\":{\"seed\":7}}", json);
        assertEquals(request, codec.decodeRequest(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reply_roundTrip_readyAndFailed() {
        MandalaReply ready = MandalaReply.ready(Fixtures.interaction(), URI.create("https://x.test/1.png"), "seed 1");
        MandalaReply failed = MandalaReply.failed(Fixtures.interaction(), "Sorry.");
        assertEquals(ready, codec.decodeReply(codec.encode(ready)));
        assertEquals(failed, codec.decodeReply(codec.encode(failed)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "[]",
        "{}",
        "{\"v\":2,\"type\":\"mandala.request\"}",
        "{\"v\":\"1\",\"type\":\"mandala.request\"}",
        "{\"v\":1,\"type\":\"mandala.reply\",\"interaction\":{}}",
        "{\"v\":1,\"type\":\"mandala.request\",\"interaction\":{\"id\":\"1\",\"application_id\":\"2\"},"
                + "\"options\":{\"seed\":1}}",
        "{\"v\":1,\"type\":\"mandala.request\",\"interaction\":{\"id\":\"x\",\"application_id\":\"2\","
                + "\"token\":\"t\"},\"options\":{\"seed\":1}}",
        "{\"v\":1,\"type\":\"mandala.request\",\"interaction\":{\"id\":\"1\",\"application_id\":\"2\","
                + "\"token\":\"t/../../x\"},\"options\":{\"seed\":1}}",
        "{\"v\":1,\"type\":\"mandala.request\",\"interaction\":{\"id\":\"1\",\"application_id\":\"2\","
                + "\"token\":\"t\"},\"options\":{\"seed\":1,\"layers\":1000}}",
        "{\"v\":1,\"type\":\"mandala.request\",\"interaction\":{\"id\":\"1\",\"application_id\":\"2\","
                + "\"token\":\"t\"},\"options\":{\"seed\":1,\"style\":\"sparkles\"}}",
        "{\"v\":1,\"type\":\"mandala.request\",\"interaction\":{\"id\":\"1\",\"application_id\":\"2\","
                + "\"token\":\"t\"},\"options\":{\"seed\":99999999999999999999999}}",
        "{\"v\":1,\"v\":1,\"type\":\"mandala.request\"}",
        "{\"v\":1,\"type\":\"mandala.request\",\"a\":{\"b\":{\"c\":{\"d\":{\"e\":1}}}}}",
        "{\"v\":1,\"type\":\"mandala.request\"} trailing",
    })
    void decodeRequest_malformed_throwsMalformedMessage(String json) {
        assertThrows(MalformedMessageException.class,
                () -> codec.decodeRequest(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void decodeRequest_overSizeBound_throwsBeforeParsing() {
        byte[] huge = new byte[MessageCodec.MAX_BYTES + 1];
        MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> codec.decodeRequest(huge));
        assertTrue(e.getMessage().contains("bound"));
    }

    @Test
    void decodeReply_requestMessage_isRejected() {
        byte[] request = codec.encode(new MandalaRequest(Fixtures.interaction(), MandalaOptions.ofSeed(1)));
        assertThrows(MalformedMessageException.class, () -> codec.decodeReply(request));
    }

    @Test
    void describe_validMessage_namesIdButNeverToken() {
        byte[] request = codec.encode(new MandalaRequest(Fixtures.interaction(), MandalaOptions.ofSeed(1)));
        String description = codec.describe(request);
        assertTrue(description.contains("interaction_id=1174031232465760317"), description);
        assertFalse(description.contains(Fixtures.TOKEN), description);
    }

    @Test
    void decodeRequest_unquotedToken_errorDoesNotQuoteIt() {
        String secret = "aW50ZXJhY3Rpb246c2VjcmV0LXRva2Vu";
        MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> codec.decodeRequest(
                ("{\"v\":1,\"type\":\"mandala.request\",\"interaction\":{\"token\":" + secret + "}}")
                        .getBytes(StandardCharsets.UTF_8)));
        assertFalse(e.getMessage().contains(secret), e.getMessage());
        assertTrue(e.getMessage().startsWith("message is not valid JSON (at byte "), e.getMessage());
    }

    @Test
    void describe_garbage_saysOnlyItsSize() {
        assertEquals("bytes=3 (not readable JSON)", codec.describe("{{{".getBytes(StandardCharsets.UTF_8)));
    }
}
