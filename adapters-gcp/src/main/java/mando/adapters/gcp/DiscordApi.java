package mando.adapters.gcp;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/** Where Discord's HTTP API lives: v10 in production, a loopback stand-in in tests and in {@code demo}. */
public record DiscordApi(URI baseUrl) {
    public static final URI DEFAULT_BASE_URL = URI.create("https://discord.com/api/v10");

    public DiscordApi {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"https".equals(baseUrl.getScheme()) && !"http".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("Discord API base URL must be http or https");
        }
        String base = baseUrl.toString();
        if (base.endsWith("/")) {
            baseUrl = URI.create(base.substring(0, base.length() - 1));
        }
    }

    /** From {@code DISCORD_API_BASE_URL}, or Discord's own API when it is unset or blank. */
    public static DiscordApi fromEnv(Map<String, String> env) {
        String base = env.get("DISCORD_API_BASE_URL");
        return new DiscordApi(base == null || base.isBlank() ? DEFAULT_BASE_URL : URI.create(base.strip()));
    }

    /** The URL of a path below the base, e.g. {@code /applications/1/commands}. */
    URI resolve(String path) {
        return URI.create(baseUrl + path);
    }
}
