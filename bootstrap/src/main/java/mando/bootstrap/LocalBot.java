package mando.bootstrap;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import mando.adapters.gcp.DiscordApi;
import mando.adapters.inmemory.LocalFaults;
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
                           String publicBaseUrl, DiscordApi discordApi, LocalFaults faults) {
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
            LocalFaults faults;
            try {
                faults = LocalFaults.parse(env.optional("MANDO_FAULTS", null));
            } catch (IllegalArgumentException e) {
                throw new Env.ConfigException("MANDO_FAULTS: " + e.getMessage());
            }
            String publicBaseUrl = env.optional("MANDO_PUBLIC_BASE_URL", null);
            if (publicBaseUrl != null && !isHttpUrl(publicBaseUrl)) {
                throw new Env.ConfigException("MANDO_PUBLIC_BASE_URL must be an http or https URL, such as your "
                        + "tunnel's https://….");
            }
            return new Settings(key, application, address, Path.of(env.optional("MANDO_DATA_DIR", "./mandalas")),
                    publicBaseUrl, api, faults);
        }

        private static boolean isHttpUrl(String text) {
            try {
                URI uri = new URI(text);
                return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }

    public static LocalBot start(Settings settings) throws IOException {
        SignatureVerifier verifier;
        try {
            verifier = new SignatureVerifier(settings.publicKeyHex());
        } catch (IllegalArgumentException e) {
            throw new Env.ConfigException(e.getMessage());
        }
        LocalServer server;
        try {
            server = LocalServer.bind(settings.address());
        } catch (BindException e) {
            throw new Env.ConfigException("cannot listen on " + settings.address().getHostString() + ":"
                    + settings.address().getPort() + " (" + e.getMessage() + "): set PORT to a free port");
        }
        URI baseUrl = URI.create(settings.publicBaseUrl() != null ? settings.publicBaseUrl()
                : "http://" + host(settings.address().getAddress()) + ":" + server.port());
        LocalStorage storage = new LocalStorage(settings.dataDir().toAbsolutePath(), baseUrl);
        LocalComponent component = LocalComponent.create(verifier, settings.application(), storage,
                settings.discordApi(), settings.faults());
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
