package mando.bootstrap.discord;

import java.security.SecureRandom;
import java.util.Map;

/** Interactions shaped as Discord sends them, for the demo and for tests. */
public final class SampleInteractions {
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SampleInteractions() {}

    /** A fresh snowflake id: milliseconds since Discord's epoch in the high bits, as Discord makes them. */
    public static String snowflake() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH_MILLIS;
        return Long.toUnsignedString((millis << 22) | (RANDOM.nextInt() & 0x3FFFFF));
    }

    /** A token of Discord's shape: long, URL-safe. */
    public static String token() {
        byte[] bytes = new byte[96];
        RANDOM.nextBytes(bytes);
        return "aW50ZXJhY3Rpb246" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] ping(String applicationId) {
        return JsonText.object(g -> {
            g.writeNumberField("type", 1);
            g.writeStringField("id", snowflake());
            g.writeStringField("application_id", applicationId);
            g.writeStringField("token", token());
            g.writeNumberField("version", 1);
            g.writeObjectFieldStart("user");
            g.writeStringField("id", "53908232506183680");
            g.writeStringField("username", "discord");
            g.writeEndObject();
        });
    }

    /** A guild slash command {@code /name} with these options (values: Long, Double, String or Boolean). */
    public static byte[] command(String id, String applicationId, String token, String name,
                                 Map<String, Object> options) {
        return JsonText.object(g -> {
            g.writeNumberField("type", 2);
            g.writeStringField("id", id);
            g.writeStringField("application_id", applicationId);
            g.writeStringField("token", token);
            g.writeNumberField("version", 1);
            g.writeStringField("guild_id", "290926798626357250");
            g.writeStringField("channel_id", "645027906669510667");
            g.writeStringField("locale", "en-US");
            g.writeStringField("app_permissions", "442368");
            g.writeObjectFieldStart("member");
            g.writeObjectFieldStart("user");
            g.writeStringField("id", "53908232506183680");
            g.writeStringField("username", "mando-fan");
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("data");
            g.writeStringField("id", "771825006014889984");
            g.writeStringField("name", name);
            g.writeNumberField("type", 1);
            g.writeArrayFieldStart("options");
            for (Map.Entry<String, Object> option : options.entrySet()) {
                g.writeStartObject();
                g.writeStringField("name", option.getKey());
                Object value = option.getValue();
                g.writeNumberField("type", value instanceof Long ? 4 : value instanceof Double ? 10
                        : value instanceof Boolean ? 5 : 3);
                g.writeFieldName("value");
                g.writeObject(value);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
