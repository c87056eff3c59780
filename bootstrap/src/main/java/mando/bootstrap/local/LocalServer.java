package mando.bootstrap.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import mando.bootstrap.discord.InteractionEndpoint;

/**
 * The one-machine bot's HTTP face, on the JDK's own server (it answers in a fraction of the Functions Framework's
 * start-up time): Discord's interactions at {@code POST /}, and the stored images at {@code GET /mandalas/NAME.png}.
 */
public final class LocalServer implements AutoCloseable {
    private static final Pattern IMAGE_PATH = Pattern.compile("/mandalas/([0-9A-Za-z_-]{1,60}\\.png)");

    /** A client that has not sent its whole body by then is cut off, so a never-ending body ties up no thread. */
    static final Duration BODY_DEADLINE = Duration.ofSeconds(10);

    private final HttpServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "http-deadline");
        t.setDaemon(true);
        return t;
    });

    private volatile InteractionEndpoint endpoint;
    private volatile Path dataDir;

    private LocalServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds the port now (so that port 0 becomes a real one, for URLs); serves after {@link #start}. */
    public static LocalServer bind(InetSocketAddress address) throws IOException {
        // The JDK server's own limits; it reads them once, when the first server of the JVM is made, so they bind
        // only if this is that one (not in the demo, nor in tests): bodies have their own deadline, see interaction.
        System.setProperty("sun.net.httpserver.maxReqTime", "10");
        System.setProperty("sun.net.httpserver.maxRspTime", "10");
        HttpServer server = HttpServer.create(address, 256);
        ExecutorService executor = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        return new LocalServer(server, executor);
    }

    public void start(InteractionEndpoint endpoint, Path dataDir) {
        this.endpoint = endpoint;
        this.dataDir = dataDir;
        server.createContext("/", this::dispatch);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if ("/".equals(path)) {
                interaction(exchange);
            } else if (path.startsWith("/mandalas/")) {
                image(exchange, path);
            } else {
                send(exchange, InteractionEndpoint.error(404, "not found"));
            }
        } catch (RuntimeException e) {
            // Never a stack trace to the client; the log has it.
            System.getLogger(LocalServer.class.getName()).log(System.Logger.Level.ERROR, "request failed", e);
            try {
                send(exchange, InteractionEndpoint.error(500, "internal error"));
            } catch (IOException | RuntimeException ignored) {
                // The response may have started already; the connection closes either way.
            }
        }
    }

    private void interaction(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        byte[] body = new byte[0];
        if ("POST".equals(method)) {
            // Closing the exchange before the answer has started closes the connection, which ends a blocked read.
            ScheduledFuture<?> cutOff = deadlines.schedule(exchange::close, BODY_DEADLINE.toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                String declared = exchange.getRequestHeaders().getFirst("Content-Length");
                if (declared != null && declaredTooLarge(declared)) {
                    discardExcess(exchange.getRequestBody());
                    send(exchange, InteractionEndpoint.tooLarge());
                    return;
                }
                // One byte past the bound is enough to know the body is too large.
                body = exchange.getRequestBody().readNBytes(InteractionEndpoint.MAX_BODY_BYTES + 1);
                if (body.length > InteractionEndpoint.MAX_BODY_BYTES) {
                    discardExcess(exchange.getRequestBody());
                }
            } finally {
                cutOff.cancel(false);
            }
        }
        InteractionEndpoint.Response response = endpoint.handle(method,
                exchange.getRequestHeaders().getFirst("X-Signature-Ed25519"),
                exchange.getRequestHeaders().getFirst("X-Signature-Timestamp"), body, body.length);
        send(exchange, response);
    }

    private static boolean declaredTooLarge(String declared) {
        try {
            return Long.parseLong(declared.strip()) > InteractionEndpoint.MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Reads and drops up to 1 MiB of a body we refuse, so that a client still sending gets our 413 rather than a
     * reset connection; a larger body is cut off when the exchange closes.
     */
    private static void discardExcess(InputStream in) throws IOException {
        // Not skip(): the JDK server's body stream inherits FilterInputStream.skip, which reads past the body's end.
        byte[] scratch = new byte[16 * 1024];
        int left = 1 << 20;
        int n;
        while (left > 0 && (n = in.read(scratch, 0, Math.min(scratch.length, left))) > 0) {
            left -= n;
        }
    }

    private void image(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, InteractionEndpoint.error(405, "only GET and HEAD are allowed"));
            return;
        }
        var matcher = IMAGE_PATH.matcher(path);
        Path file = matcher.matches() ? dataDir.resolve(matcher.group(1)) : null;
        if (file == null || !Files.isRegularFile(file)) {
            send(exchange, InteractionEndpoint.error(404, "no such image"));
            return;
        }
        byte[] png = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", "image/png");
        exchange.getResponseHeaders().set("Cache-Control", "public, max-age=86400");
        if ("HEAD".equals(method)) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(png.length));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, png.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(png);
        }
    }

    private static void send(HttpExchange exchange, InteractionEndpoint.Response response) throws IOException {
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (response.status() == 405 && !exchange.getResponseHeaders().containsKey("Allow")) {
            exchange.getResponseHeaders().set("Allow", "POST");
        }
        if ("HEAD".equals(exchange.getRequestMethod())) {
            // Headers only: a body length here makes the JDK server warn and then fail the write.
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        deadlines.shutdownNow();
    }
}
