package mando.bootstrap.discord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Signs interaction bodies with a fixed test key, as Discord signs them with its own. Tests configure the endpoint
 * with {@link #PUBLIC_KEY_HEX}; {@link #NOW} and {@link #CLOCK} pin time so the replay window can be tested exactly.
 */
public final class SignedRequests {
    public static final InteractionSigner SIGNER = InteractionSigner.fromSeed(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
        30, 31, 32});
    public static final String PUBLIC_KEY_HEX = SIGNER.publicKeyHex();
    public static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** A body with the headers Discord would send with it. */
    public record Signed(byte[] body, String signature, String timestamp) {}

    private SignedRequests() {}

    public static Signed sign(byte[] body, long epochSecond) {
        String timestamp = Long.toString(epochSecond);
        return new Signed(body, SIGNER.sign(timestamp, body), timestamp);
    }

    /** Signed at {@link #NOW}. */
    public static Signed sign(byte[] body) {
        return sign(body, NOW.getEpochSecond());
    }

    /** Signed at the real current time, for servers running on the system clock. */
    public static Signed signNow(byte[] body) {
        return sign(body, System.currentTimeMillis() / 1000);
    }

    /** A fixture from {@code src/test/resources/discord/}. */
    public static byte[] fixture(String name) {
        try (InputStream in = SignedRequests.class.getResourceAsStream("/discord/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
