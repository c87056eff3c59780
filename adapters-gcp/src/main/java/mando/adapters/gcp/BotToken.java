package mando.adapters.gcp;

/** The bot's own secret, used only to register the command; its {@code toString} never shows it. */
public record BotToken(String value) {
    public BotToken {
        if (value == null || value.isBlank() || value.length() > 200 || !value.matches("[A-Za-z0-9._-]+")) {
            // Never echo the value: a mistyped token is still mostly a token.
            throw new IllegalArgumentException("DISCORD_BOT_TOKEN must be 1 to 200 characters of [A-Za-z0-9._-]");
        }
    }

    @Override
    public String toString() {
        return "BotToken[redacted]";
    }
}
