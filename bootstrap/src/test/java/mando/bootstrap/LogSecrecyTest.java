package mando.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mando.adapters.gcp.DiscordApi;
import mando.adapters.inmemory.LocalFaults;
import mando.bootstrap.discord.SampleInteractions;
import mando.bootstrap.discord.SignedRequests;
import mando.bootstrap.local.LoopbackDiscord;
import mando.domain.ApplicationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run of the one-machine bot down its failure paths (Discord answering 500, 429 and 404, injected store
 * failures and duplicate deliveries, bad signatures, garbage queue messages, a register that cannot reach Discord),
 * with every log line captured through the production JSON formatter: no interaction token, bot token or signature
 * may appear in any of them, nor in what the commands print.
 */
final class LogSecrecyTest {
    private static final String APP = "1174031232465760316";
    private static final String BOT_TOKEN = "MTE3NDAzMTIzMjQ2NTc2MDMxNg.GhX3kd.botTokenSecretPart_1234567890abcd";

    @TempDir
    Path dataDir;

    @Test
    void fullRunDownEveryFailurePath_noSecretInAnyLogLine() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(BOT_TOKEN));
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        String failing = SampleInteractions.token();
        String expired = SampleInteractions.token();
        String limited = SampleInteractions.token();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> lines;
        try (LogCapture logs = new LogCapture(new JsonLogFormatter());
             LoopbackDiscord discord = LoopbackDiscord.start()) {
            discord.respondWith(request -> {
                int n = calls.computeIfAbsent(request.token(), t -> new AtomicInteger()).incrementAndGet();
                if (request.token().equals(failing)) {
                    return n <= 5 ? 500 : 200;
                }
                if (request.token().equals(expired)) {
                    return 404;
                }
                return request.token().equals(limited) && n == 1 ? 429 : 200;
            });
            try (LocalBot bot = LocalBot.start(new LocalBot.Settings(SignedRequests.PUBLIC_KEY_HEX,
                    new ApplicationId(APP), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), dataDir, null,
                    new DiscordApi(discord.baseUrl()), new LocalFaults(0.3, 0.3)))) {
                HttpClient http = HttpClient.newHttpClient();
                List<String> tokens = new ArrayList<>(List.of(failing, expired, limited));
                for (int i = 0; i < 5; i++) {
                    tokens.add(SampleInteractions.token());
                }
                for (String token : tokens) {
                    SignedRequests.Signed signed = SignedRequests.signNow(SampleInteractions.command(
                            SampleInteractions.snowflake(), APP, token, "mando", Map.of()));
                    secrets.add(token);
                    secrets.add(signed.signature());
                    assertEquals(200, post(http, bot, signed, signed.signature()).statusCode());
                }
                // Refused at the door: a wrong signature, and a signed body that is not JSON.
                String refused = SampleInteractions.token();
                SignedRequests.Signed wrong = SignedRequests.signNow(SampleInteractions.command(
                        SampleInteractions.snowflake(), APP, refused, "mando", Map.of()));
                secrets.add(refused);
                assertEquals(401, post(http, bot, wrong, "00".repeat(64)).statusCode());
                SignedRequests.Signed garbage = SignedRequests.signNow(
                        ("{\"type\":2,\"token\":\"" + refused + "\",").getBytes(StandardCharsets.UTF_8));
                secrets.add(garbage.signature());
                assertEquals(400, post(http, bot, garbage, garbage.signature()).statusCode());
                // Queue messages no reader accepts, each carrying a token.
                String inMessage = SampleInteractions.token();
                secrets.add(inMessage);
                bot.component().queues().publishRawRequest(("{\"v\":2,\"type\":\"mandala.request\",\"interaction\":"
                        + "{\"id\":\"1\",\"application_id\":\"2\",\"token\":\"" + inMessage + "\"}}")
                        .getBytes(StandardCharsets.UTF_8));
                // Not even JSON, with the token unquoted where a parser's error message would quote it.
                bot.component().queues().publishRawRequest(("{\"v\":1,\"interaction\":{\"token\":" + inMessage
                        + "}}").getBytes(StandardCharsets.UTF_8));
                bot.component().queues().publishRawReply(("{\"v\":1,\"type\":\"mandala.reply\",\"interaction\":"
                        + "{\"id\":\"1\",\"application_id\":\"" + APP + "\",\"token\":\"" + inMessage + "\"},"
                        + "\"image_url\":\"ftp://x\"}").getBytes(StandardCharsets.UTF_8));

                assertNotNull(discord.awaitEdit(failing, 60, TimeUnit.SECONDS));
                assertNotNull(discord.awaitEdit(limited, 60, TimeUnit.SECONDS));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (bot.component().dropped().count() < 4 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(bot.component().dropped().count() >= 4, "expired reply and the three garbage messages");
            }
            // register, unable to reach Discord: its error path must not print the bot token either.
            PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
            int status = RegisterCommand.run(new String[0], Map.of("DISCORD_APPLICATION_ID", APP,
                    "DISCORD_BOT_TOKEN", BOT_TOKEN, "DISCORD_API_BASE_URL", "http://127.0.0.1:" + closedPort()),
                    out, out);
            assertTrue(status != 0);
            lines = logs.lines();
        }
        String all = String.join("", lines) + printed.toString(StandardCharsets.UTF_8);
        // The run did go down the failure paths, so the check below is not vacuous.
        assertTrue(all.contains("to be retried"), "a retried render or edit was logged");
        assertTrue(all.contains("dropped message"), "a dropped message was logged");
        assertTrue(all.contains("\"interaction_id\""), "lines carry the interaction id instead");
        for (String secret : secrets) {
            assertTrue(!leaks(all, secret), "a secret, or part of one, reached a log line or the console");
        }
    }

    /**
     * True if any 12 characters of the secret appear: a parser's error may quote a token only up to its first
     * '-', and a fragment is a leak too. Discord's tokens all start with the same public prefix (base64 of
     * "interaction:"), which is not secret and is skipped.
     */
    private static boolean leaks(String text, String secret) {
        int from = secret.startsWith("aW50ZXJhY3Rpb246") ? 16 : 0;
        for (int i = from; i + 12 <= secret.length(); i++) {
            if (text.contains(secret.substring(i, i + 12))) {
                return true;
            }
        }
        return false;
    }

    private static HttpResponse<String> post(HttpClient http, LocalBot bot, SignedRequests.Signed signed,
                                             String signature) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/"))
                .header("X-Signature-Ed25519", signature).header("X-Signature-Timestamp", signed.timestamp())
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
