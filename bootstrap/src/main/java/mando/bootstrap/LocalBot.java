package mando.bootstrap;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import mando.adapters.gcp.DiscordApi;
import mando.adapters.inmemory.LocalStorage;
import mando.bootstrap.discord.SignatureVerifier;
import mando.bootstrap.local.LocalServer;
import mando.domain.ApplicationId;

/**
 * The whole bot in one process: the endpoint on a JDK HTTP server, and the image-generator and discord-reply use
 * cases subscribed to in-memory queues. Those two are built on their first message, not at start, so nothing of
 * rendering is loaded before the first PONG.
 */
public final class LocalBot implements AutoCloseable {
    private final LocalServer server;
    private final LocalComponent component;
    private final URI baseUrl;

    private LocalBot(LocalServer server, LocalComponent component, URI baseUrl) {
        this.server = server;
        this.component = component;
        this.baseUrl = baseUrl;
    }

    /** What {@code local} needs, from the environment variables of the design's table. */
    public record Settings(String publicKeyHex, ApplicationId application, InetSocketAddress address, Path dataDir,
                           String publicBaseUrl, DiscordApi discordApi) {
        static Settings fromEnv(Env env) {
            String key = env.required("DISCORD_PUBLIC_KEY", "the application's public key (hex), from the "
                    + "General Information page of the Discord developer portal");
            ApplicationId application;
            try {
                application = new ApplicationId(env.required("DISCORD_APPLICATION_ID",
                        "the application id, from the same page"));
            } catch (IllegalArgumentException e) {
                throw new Env.ConfigException("DISCORD_APPLICATION_ID: " + e.getMessage());
            }
            int port;
            try {
                port = Integer.parseInt(env.optional("PORT", "8080"));
            } catch (NumberFormatException e) {
                throw new Env.ConfigException("PORT must be a number from 0 to 65535");
            }
            if (port < 0 || port > 65535) {
                throw new Env.ConfigException("PORT must be a number from 0 to 65535");
            }
            InetSocketAddress address = new InetSocketAddress(env.optional("MANDO_BIND_ADDRESS", "127.0.0.1"), port);
            if (address.isUnresolved()) {
                throw new Env.ConfigException("MANDO_BIND_ADDRESS is not an address of this machine");
            }
            DiscordApi api;
            try {
                api = DiscordApi.fromEnv(env.asMap());
            } catch (IllegalArgumentException e) {
                throw new Env.ConfigException("DISCORD_API_BASE_URL: " + e.getMessage());
            }
            return new Settings(key, application, address, Path.of(env.optional("MANDO_DATA_DIR", "./mandalas")),
                    env.optional("MANDO_PUBLIC_BASE_URL", null), api);
        }
    }

    public static LocalBot start(Settings settings) throws IOException {
        SignatureVerifier verifier;
        try {
            verifier = new SignatureVerifier(settings.publicKeyHex());
        } catch (IllegalArgumentException e) {
            throw new Env.ConfigException(e.getMessage());
        }
        LocalServer server = LocalServer.bind(settings.address());
        URI baseUrl = URI.create(settings.publicBaseUrl() != null ? settings.publicBaseUrl()
                : "http://" + host(settings.address().getAddress()) + ":" + server.port());
        LocalStorage storage = new LocalStorage(settings.dataDir().toAbsolutePath(), baseUrl);
        LocalComponent component = LocalComponent.create(verifier, settings.application(), storage,
                settings.discordApi());
        int renderers = Math.max(1, Runtime.getRuntime().availableProcessors());
        component.queues().onRequests(message -> component.render().onMessage(message), renderers);
        component.queues().onReplies(message -> component.deliver().onMessage(message), 8);
        server.start(component.endpoint(), storage.dataDir());
        return new LocalBot(server, component, baseUrl);
    }

    private static String host(InetAddress address) {
        return address.isAnyLocalAddress() || address.isLoopbackAddress() ? "localhost" : address.getHostAddress();
    }

    public int port() {
        return server.port();
    }

    /** The base of the image URLs this bot hands out. */
    public URI baseUrl() {
        return baseUrl;
    }

    public LocalComponent component() {
        return component;
    }

    @Override
    public void close() {
        server.close();
        component.queues().close();
    }
}
