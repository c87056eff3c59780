package mando.bootstrap.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Discord's REST API on a loopback port: it takes the edits of original responses that the real
 * client sends, and keeps them. The demo and the end-to-end tests talk to it over real
 * HTTP, so the production Discord client is what they exercise.
 */
public final class LoopbackDiscord implements AutoCloseable {
    private static final Pattern EDIT = Pattern.compile("/webhooks/(\\d+)/([A-Za-z0-9._-]+)/messages/@original");

    /** One request as Discord received it. */
    public record Received(String method, String path, String applicationId, String token, String body,
                           String userAgent, long receivedNanos) {
        @Override
        public String toString() {
            return method + " /webhooks/" + applicationId + "/[token]/messages/@original " + body;
        }
    }

    /** Chooses the status for each edit: 200, or a failure to test retries. */
    public interface Responder {
        int status(Received request);
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Received> edits = new ArrayList<>();
    private volatile Responder responder = request -> 200;
    private final Map<Integer, AtomicLong> statuses = new ConcurrentSkipListMap<>();

    private LoopbackDiscord(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static LoopbackDiscord start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "loopback-discord");
            t.setDaemon(true);
            return t;
        });
        LoopbackDiscord discord = new LoopbackDiscord(server, executor);
        server.createContext("/", discord::handle);
        server.setExecutor(executor);
        server.start();
        return discord;
    }

    /** What to use as {@code DISCORD_API_BASE_URL}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10");
    }

    public void respondWith(Responder responder) {
        this.responder = responder;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String prefix = baseUrl().getPath();
            String rest = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
            String body = new String(exchange.getRequestBody().readNBytes(1 << 20), StandardCharsets.UTF_8);
            String agent = exchange.getRequestHeaders().getFirst("User-Agent");
            Matcher m = EDIT.matcher(rest);
            if (m.matches() && "PATCH".equals(exchange.getRequestMethod())) {
                Received received = new Received("PATCH", rest, m.group(1), m.group(2), body, agent,
                        System.nanoTime());
                int status = responder.status(received);
                statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                if (status == 200) {
                    record(edits, received);
                    reply(exchange, 200, "{\"id\":\"1\",\"type\":0,\"content\":\"\"}");
                } else if (status == 429) {
                    exchange.getResponseHeaders().set("Retry-After", "0.05");
                    reply(exchange, 429, "{\"message\":\"You are being rate limited.\",\"retry_after\":0.05,"
                            + "\"global\":false}");
                } else {
                    reply(exchange, status, "{\"message\":\"failure injected\",\"code\":0}");
                }
                return;
            }
            reply(exchange, 404, "{\"message\":\"404: Not Found\",\"code\":0}");
        }
    }

    private synchronized void record(List<Received> list, Received received) {
        list.add(received);
        notifyAll();
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** How many edits were answered with each status, injected failures included. */
    public Map<Integer, Long> editStatuses() {
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, n) -> counts.put(status, n.get()));
        return counts;
    }

    /** Successful edits so far. */
    public synchronized List<Received> edits() {
        return List.copyOf(edits);
    }

    /** Waits for the first successful edit of the interaction with this token, or returns null at the deadline. */
    public synchronized Received awaitEdit(String token, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (true) {
            for (Received r : edits) {
                if (r.token().equals(token)) {
                    return r;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
