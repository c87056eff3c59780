package mando.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import mando.bootstrap.discord.InteractionSigner;
import mando.bootstrap.discord.SampleInteractions;
import mando.bootstrap.local.LoopbackDiscord;

/**
 * Load with faults, on one machine: runs {@code mando.jar local} as its own process with injected failures (5% of
 * image writes fail, 5% of queue messages are delivered twice), plays Discord with a loopback server that answers
 * 10% of edits with 429 and 5% with 500, sends N signed /mando as fast as the endpoint takes them, and then checks
 * that every interaction ended with its own image or an explicit error, and that no secret reached the bot's log.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar mando.benchmarks.LoadTest [count] [concurrency]}
 */
public final class LoadTest {
    private static final Duration DEADLINE = Duration.ofMinutes(14);

    private LoadTest() {}

    /** One interaction as sent, and what came of it. */
    private static final class Sent {
        final String id = SampleInteractions.snowflake();
        final String token = SampleInteractions.token();
        byte[] body;
        String signature;
        long sentNanos;
        long answeredNanos;
        int status;
        String answer;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        Path jar = Path.of(System.getProperty("mando.jar", "bootstrap/target/mando.jar"));
        Path work = Files.createTempDirectory("mando-load-");
        InteractionSigner signer = InteractionSigner.random();
        String application = SampleInteractions.snowflake();
        SplittableRandom faults = new SplittableRandom(42);

        try (LoopbackDiscord discord = LoopbackDiscord.start()) {
            discord.respondWith(request -> {
                double r;
                synchronized (faults) {
                    r = faults.nextDouble();
                }
                return r < 0.10 ? 429 : r < 0.15 ? 500 : 200;
            });
            int port = freePort();
            Path log = work.resolve("bot.log");
            ProcessBuilder bot = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toString(), "local")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = bot.environment();
            env.put("PORT", Integer.toString(port));
            env.put("DISCORD_PUBLIC_KEY", signer.publicKeyHex());
            env.put("DISCORD_APPLICATION_ID", application);
            env.put("DISCORD_API_BASE_URL", discord.baseUrl().toString());
            env.put("MANDO_DATA_DIR", work.resolve("mandalas").toString());
            env.put("MANDO_FAULTS", "store=0.05,duplicate=0.05");
            Process process = bot.start();
            try {
                run(count, concurrency, port, work, log, signer, application, discord);
            } finally {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
                process.destroyForcibly();
            }
        }
    }

    private static void run(int count, int concurrency, int port, Path work, Path log, InteractionSigner signer,
                            String application, LoopbackDiscord discord) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI endpoint = URI.create("http://127.0.0.1:" + port + "/");
        awaitPong(http, endpoint, signer, application);

        List<Sent> all = new ArrayList<>(count);
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        for (int i = 0; i < count; i++) {
            Sent s = new Sent();
            s.body = SampleInteractions.command(s.id, application, s.token, "mando", Map.of());
            s.signature = signer.sign(timestamp, s.body);
            all.add(s);
        }
        System.out.printf("sending %d signed /mando with %d in flight%n", count, concurrency);
        Semaphore inFlight = new Semaphore(concurrency);
        List<CompletableFuture<?>> futures = new ArrayList<>(count);
        long start = System.nanoTime();
        for (Sent s : all) {
            inFlight.acquire();
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("X-Signature-Ed25519", s.signature).header("X-Signature-Timestamp", timestamp)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(s.body)).build();
            s.sentNanos = System.nanoTime();
            futures.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                s.answeredNanos = System.nanoTime();
                s.status = r == null ? -1 : r.statusCode();
                s.answer = r == null ? String.valueOf(e) : r.body();
                inFlight.release();
            }));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        double sendSeconds = (System.nanoTime() - start) / 1e9;

        long deadline = start + DEADLINE.toNanos();
        Map<String, List<LoopbackDiscord.Received>> edits = Map.of();
        while (System.nanoTime() < deadline) {
            edits = byToken(discord.edits());
            if (edits.size() >= count) {
                break;
            }
            Thread.sleep(500);
        }
        Thread.sleep(2000); // let late duplicates land, so they are counted too
        edits = byToken(discord.edits());
        report(all, edits, sendSeconds, work, log, discord);
    }

    private static void report(List<Sent> all, Map<String, List<LoopbackDiscord.Received>> edits,
                               double sendSeconds, Path work, Path log, LoopbackDiscord discord) throws IOException {
        int deferred = 0;
        int imaged = 0;
        int errorEdits = 0;
        int lost = 0;
        int wrong = 0;
        int repeatedIdentical = 0;
        long[] answer = new long[all.size()];
        List<Long> toEdit = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Sent s = all.get(i);
            answer[i] = s.answeredNanos - s.sentNanos;
            if (s.status == 200 && "{\"type\":5}".equals(s.answer)) {
                deferred++;
            }
            List<LoopbackDiscord.Received> mine = edits.getOrDefault(s.token, List.of());
            if (mine.isEmpty()) {
                lost++;
                continue;
            }
            long distinct = mine.stream().map(LoopbackDiscord.Received::body).distinct().count();
            if (mine.size() > 1 && distinct == 1) {
                repeatedIdentical++;
            }
            String body = mine.get(0).body();
            Path png = work.resolve("mandalas").resolve(s.id + ".png");
            if (distinct != 1) {
                wrong++;
            } else if (body.contains("/mandalas/" + s.id + ".png\"") && isPng(png)) {
                imaged++;
            } else if (body.contains("\"content\":\"Sorry")) {
                errorEdits++;
            } else {
                wrong++;
            }
            toEdit.add(mine.get(0).receivedNanos() - s.sentNanos);
        }
        long[] edit = toEdit.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(answer);
        Arrays.sort(edit);
        String logText = Files.readString(log, StandardCharsets.UTF_8);
        int leaks = 0;
        for (Sent s : all) {
            if (logText.contains(s.token) || logText.contains(s.signature)) {
                leaks++;
            }
        }
        long dropped = logText.lines().filter(l -> l.contains("dropped message")).count();
        long deadLettered = logText.lines().filter(l -> l.contains("dead-lettered")).count();

        System.out.printf("interactions: %d sent, %d deferred ({\"type\":5})%n", all.size(), deferred);
        System.out.printf("sustained rate: %.0f interactions/s (all answered in %.1f s)%n", all.size() / sendSeconds,
                sendSeconds);
        System.out.printf("initial answer: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(answer, 50),
                pct(answer, 99), answer[answer.length - 1] / 1e6);
        if (edit.length > 0) {
            System.out.printf("time to final edit: p50 %.2f s, p99 %.2f s, max %.2f s%n", pct(edit, 50) / 1e3,
                    pct(edit, 99) / 1e3, edit[edit.length - 1] / 1e9);
        }
        System.out.printf("outcome: %d with their own image, %d explicit error edits, %d lost, %d wrong%n", imaged,
                errorEdits, lost, wrong);
        System.out.printf("edit requests answered by the loopback Discord, by status: %s%n", discord.editStatuses());
        System.out.printf("interactions whose identical edit was sent more than once (duplicates): %d%n",
                repeatedIdentical);
        System.out.printf("bot log: %d dropped, %d dead-lettered, %d lines naming a token or signature%n", dropped,
                deadLettered, leaks);
        boolean ok = deferred == all.size() && lost == 0 && wrong == 0 && leaks == 0;
        System.out.println(ok ? "LOAD TEST PASSED" : "LOAD TEST FAILED");
        if (!ok) {
            System.exit(1);
        }
    }

    private static double pct(long[] sortedNanos, int percentile) {
        int i = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, i)] / 1e6;
    }

    private static Map<String, List<LoopbackDiscord.Received>> byToken(List<LoopbackDiscord.Received> edits) {
        Map<String, List<LoopbackDiscord.Received>> map = new HashMap<>();
        for (LoopbackDiscord.Received e : edits) {
            map.computeIfAbsent(e.token(), t -> new ArrayList<>()).add(e);
        }
        return map;
    }

    private static boolean isPng(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[8];
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, 8) == 8 && head[0] == (byte) 0x89 && head[1] == 'P' && head[2] == 'N'
                    && head[3] == 'G';
        }
    }

    private static void awaitPong(HttpClient http, URI endpoint, InteractionSigner signer, String application)
            throws Exception {
        byte[] ping = SampleInteractions.ping(application);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            String ts = Long.toString(System.currentTimeMillis() / 1000);
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint)
                        .header("X-Signature-Ed25519", signer.sign(ts, ping)).header("X-Signature-Timestamp", ts)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(ping)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("the bot did not answer PING within 20 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
