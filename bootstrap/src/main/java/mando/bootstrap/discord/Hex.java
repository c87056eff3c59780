package mando.bootstrap.discord;

import java.util.HexFormat;

/** Strict hex decoding for keys and signatures: exact length, hex digits only, either case. */
final class Hex {
    private Hex() {}

    /** The bytes, or {@code null} if {@code text} is not exactly {@code bytes} bytes of hex. */
    static byte[] decode(String text, int bytes) {
        if (text == null || text.length() != bytes * 2) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
