package mando.adapters.gcp.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Discord's HTTP API on a loopback port: it answers from a script (200 with an empty JSON object once
 * the script runs out) and records every request, so tests can assert exactly what a client sent.
 */
public final class LoopbackDiscord implements AutoCloseable {
    /** One scripted answer; {@code delay} holds it back to play a slow server. */
    public record Answer(int status, String body, Map<String, String> headers, Duration delay) {
        public static Answer of(int status, String body) {
            return new Answer(status, body, Map.of(), Duration.ZERO);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> h = new TreeMap<>(headers);
            h.put(name, value);
            return new Answer(status, body, h, delay);
        }

        public Answer after(Duration wait) {
            return new Answer(status, body, headers, wait);
        }
    }

    /** One request as it arrived: headers keyed in lower case. */
    public record Request(String method, String path, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new ArrayList<>();
    private final Set<String> forgotten = ConcurrentHashMap.newKeySet();

    public LoopbackDiscord() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Where a client should point {@code DISCORD_API_BASE_URL}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10");
    }

    /** Queues answers for the next requests, in order. */
    public LoopbackDiscord answer(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    /** From now on, webhook requests with this interaction token get 404 Unknown Webhook, as after 15 minutes. */
    public void forget(String token) {
        forgotten.add("/" + token + "/");
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Waits until at least {@code count} requests arrived, or fails. */
    public synchronized List<Request> awaitRequests(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (requests.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " requests to Discord, got " + requests.size());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            synchronized (this) {
                requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        headers, body));
                notifyAll();
            }
            String path = exchange.getRequestURI().getRawPath();
            Answer answer = forgotten.stream().anyMatch(path::contains)
                    ? Answer.of(404, "{\"message\":\"Unknown Webhook\",\"code\":10015}")
                    : script.poll();
            if (answer == null) {
                answer = Answer.of(200, "{}");
            }
            Thread.sleep(answer.delay().toMillis());
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            answer.headers().forEach(exchange.getResponseHeaders()::add);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
