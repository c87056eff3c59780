package mando.bootstrap;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mando.adapters.gcp.DiscordApi;
import mando.bootstrap.discord.InteractionSigner;
import mando.bootstrap.discord.SampleInteractions;
import mando.bootstrap.local.LoopbackDiscord;
import mando.domain.ApplicationId;

/**
 * {@code mando.jar demo}: the whole flow with nothing configured. A throwaway key pair plays Discord's, a loopback
 * server plays Discord's API, and one signed /mando goes through the real endpoint, queues, renderer, file store and
 * Discord client over real loopback HTTP.
 */
final class Demo {
    private static final Pattern IMAGE_URL = Pattern.compile("\"image\"\\s*:\\s*\\{\\s*\"url\"\\s*:\\s*\"([^\"]+)\"");
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Demo() {}

    static int run(PrintStream out, PrintStream err) throws IOException, InterruptedException {
        long started = System.nanoTime();
        InteractionSigner signer = InteractionSigner.random();
        String application = SampleInteractions.snowflake();
        Path dataDir = Files.createTempDirectory("mando-demo-");
        try (LoopbackDiscord discord = LoopbackDiscord.start();
             LocalBot bot = LocalBot.start(new LocalBot.Settings(signer.publicKeyHex(),
                     new ApplicationId(application), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                     dataDir, null, new DiscordApi(discord.baseUrl())))) {
            out.println("local bot on http://127.0.0.1:" + bot.port() + "/, Discord stand-in on " + discord.baseUrl());
            String id = SampleInteractions.snowflake();
            String token = SampleInteractions.token();
            byte[] body = SampleInteractions.command(id, application, token, "mando", Map.of());
            String timestamp = Long.toString(System.currentTimeMillis() / 1000);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("X-Signature-Ed25519", signer.sign(timestamp, body))
                    .header("X-Signature-Timestamp", timestamp)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            long sent = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            out.printf("POST / (signed /mando, interaction %s) -> %d %s in %.1f ms%n", id, answer.statusCode(),
                    answer.body(), (answered - sent) / 1e6);
            if (answer.statusCode() != 200 || !answer.body().equals("{\"type\":5}")) {
                err.println("demo failed: expected 200 {\"type\":5}");
                return 1;
            }
            LoopbackDiscord.Received edit = discord.awaitEdit(token, 60, TimeUnit.SECONDS);
            long edited = System.nanoTime();
            if (edit == null) {
                err.println("demo failed: no edit of the original response reached Discord within 60 s");
                return 1;
            }
            out.printf("%s%n  (edited %.1f ms after the command was sent)%n", edit, (edited - sent) / 1e6);
            Matcher m = IMAGE_URL.matcher(edit.body());
            if (!m.find()) {
                err.println("demo failed: the edit carries no embed image URL");
                return 1;
            }
            HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create(m.group(1)))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (image.statusCode() != 200 || !startsWith(image.body(), PNG_MAGIC)) {
                err.println("demo failed: GET " + m.group(1) + " did not serve a PNG (status "
                        + image.statusCode() + ")");
                return 1;
            }
            Path png = dataDir.resolve(id + ".png");
            out.printf("GET %s -> 200 image/png, %d bytes%nPNG: %s%n", m.group(1), image.body().length,
                    png.toAbsolutePath());
            out.printf("demo passed in %.0f ms (process start to here: %d ms)%n", (System.nanoTime() - started) / 1e6,
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            return 0;
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
