package mando.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class InteractionTest {
    private static final String SECRET = "aW50ZXJhY3Rpb246c2VjcmV0.abc_DEF-123";

    @Test
    void toString_withToken_neverShowsIt() {
        Interaction interaction = new Interaction(new InteractionId("1"), new ApplicationId("2"),
                new InteractionToken(SECRET));
        MandalaReply reply = MandalaReply.failed(interaction, "Sorry.");
        assertFalse(interaction.toString().contains(SECRET), interaction.toString());
        assertFalse(reply.toString().contains(SECRET), reply.toString());
        assertEquals("InteractionToken[redacted]", new InteractionToken(SECRET).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "a b", "a%2F", "tok\n", "ä"})
    void token_outsideUrlSafeCharacters_isRejected(String token) {
        assertThrows(IllegalArgumentException.class, () -> new InteractionToken(token));
    }

    @Test
    void token_overMaxLength_isRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new InteractionToken("a".repeat(InteractionToken.MAX_LENGTH + 1)));
        assertDoesNotThrow(() -> new InteractionToken("a".repeat(InteractionToken.MAX_LENGTH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12a", "-1", "123456789012345678901", " 1"})
    void snowflake_notDecimalDigits_isRejected(String id) {
        assertThrows(IllegalArgumentException.class, () -> new InteractionId(id));
        assertThrows(IllegalArgumentException.class, () -> new ApplicationId(id));
    }

    @Test
    void reply_needsExactlyOneOfImageAndFailure() {
        Interaction i = new Interaction(new InteractionId("1"), new ApplicationId("2"), new InteractionToken("t"));
        assertThrows(IllegalArgumentException.class,
                () -> new MandalaReply(i, URI.create("https://x/1.png"), "", "failure too"));
        assertThrows(IllegalArgumentException.class, () -> new MandalaReply(i, null, "", null));
        assertThrows(IllegalArgumentException.class, () -> MandalaReply.ready(i, URI.create("file:///etc/x"), ""));
    }

    @Test
    void request_imageName_followsTheInteractionId() {
        Interaction i = new Interaction(new InteractionId("99"), new ApplicationId("2"), new InteractionToken("t"));
        assertEquals("99.png", new MandalaRequest(i, mando.domain.mandala.MandalaOptions.ofSeed(1)).imageName());
    }
}
