package mando.domain;

/**
 * The secret that lets the bot edit its answer to one interaction for 15 minutes. Its {@code toString} never shows
 * it, so no log line or exception message can leak it. The character set is strict because the token becomes a URL
 * path segment: nothing in it may change the path.
 */
public record InteractionToken(String value) {
    /** Discord's tokens are a few hundred characters; anything far longer is not one. */
    public static final int MAX_LENGTH = 1000;

    public InteractionToken {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("interaction token must be 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
            if (!ok) {
                throw new IllegalArgumentException("interaction token has a character outside [A-Za-z0-9._-]");
            }
        }
    }

    @Override
    public String toString() {
        return "InteractionToken[redacted]";
    }
}
