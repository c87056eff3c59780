package mando.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import mando.adapters.gcp.DiscordApi;
import mando.adapters.inmemory.LocalFaults;
import mando.bootstrap.discord.SampleInteractions;
import mando.bootstrap.discord.SignedRequests;
import mando.bootstrap.local.LoopbackDiscord;
import mando.domain.ApplicationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-machine bot over real loopback HTTP: signed interactions in, edits at a loopback Discord out. */
final class LocalBotEndToEndTest {
    private static final String APP = "1174031232465760316";
    private static final Pattern IMAGE_URL = Pattern.compile("\"image\":\\{\"url\":\"([^\"]+)\"");

    @TempDir
    Path dataDir;
    private LoopbackDiscord discord;
    private LocalBot bot;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        discord = LoopbackDiscord.start();
        bot = LocalBot.start(new LocalBot.Settings(SignedRequests.PUBLIC_KEY_HEX, new ApplicationId(APP),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), dataDir, null,
                new DiscordApi(discord.baseUrl()), LocalFaults.NONE));
    }

    @AfterEach
    void stop() {
        bot.close();
        discord.close();
    }

    private HttpResponse<String> post(SignedRequests.Signed signed) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/"))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()));
        if (signed.signature() != null) {
            request.header("X-Signature-Ed25519", signed.signature())
                    .header("X-Signature-Timestamp", signed.timestamp());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private byte[] get(String url) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("image/png", response.headers().firstValue("Content-Type").orElseThrow());
        return response.body();
    }

    private String imageUrlOfEdit(String token) throws Exception {
        LoopbackDiscord.Received edit = discord.awaitEdit(token, 30, TimeUnit.SECONDS);
        assertNotNull(edit, "no edit reached the loopback Discord");
        assertTrue(edit.body().contains("\"allowed_mentions\":{\"parse\":[]}"), edit.body());
        assertEquals(APP, edit.applicationId());
        Matcher m = IMAGE_URL.matcher(edit.body());
        assertTrue(m.find(), edit.body());
        return m.group(1);
    }

    @Test
    void mando_signed_defersThenEditsWithAServedPng() throws Exception {
        try (LogCapture logs = new LogCapture()) {
            byte[] body = SignedRequests.fixture("mando.json");
            SignedRequests.Signed signed = SignedRequests.signNow(body);
            HttpResponse<String> answer = post(signed);
            assertEquals(200, answer.statusCode());
            assertEquals("{\"type\":5}", answer.body());
            assertEquals("application/json", answer.headers().firstValue("Content-Type").orElseThrow());

            String url = imageUrlOfEdit("aW50ZXJhY3Rpb246MTE3NDAzMTM4OTU2NzM1MjgzMzpNQU5ET19UT0tFTl9TRUNSRVQ");
            assertEquals("http://localhost:" + bot.port() + "/mandalas/1174031389567352833.png", url);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(get(url)));
            assertTrue(image.getWidth() >= 512 && image.getHeight() >= 512);

            for (String line : logs.lines()) {
                assertFalse(line.contains("MANDO_TOKEN_SECRET"), line);
                assertFalse(line.contains("TUFORE9fVE9LRU5fU0VDUkVU"), line);
                assertFalse(line.contains(signed.signature()), line);
            }
        }
    }

    @Test
    void sameSeed_twoInteractions_sameImageBytes() throws Exception {
        String tokenA = SampleInteractions.token();
        String tokenB = SampleInteractions.token();
        post(SignedRequests.signNow(SampleInteractions.command(SampleInteractions.snowflake(), APP, tokenA,
                "mando", Map.of("seed", 7L))));
        post(SignedRequests.signNow(SampleInteractions.command(SampleInteractions.snowflake(), APP, tokenB,
                "mando", Map.of("seed", 7L))));
        assertArrayEquals(get(imageUrlOfEdit(tokenA)), get(imageUrlOfEdit(tokenB)));
    }

    @Test
    void mandoWithEveryOption_overHttp_drawsWhatWasAskedFor() throws Exception {
        String token = SampleInteractions.token();
        Map<String, Object> options = new java.util.LinkedHashMap<>();
        options.put("seed", 99L);
        options.put("symmetry", 9L);
        options.put("style", "bezier_fill");
        options.put("palette", "discord-light");
        options.put("layers", 4L);
        options.put("background", "light");
        options.put("open", Boolean.TRUE);
        HttpResponse<String> answer = post(SignedRequests.signNow(SampleInteractions.command(
                SampleInteractions.snowflake(), APP, token, "mando", options)));
        assertEquals("{\"type\":5}", answer.body());
        String url = imageUrlOfEdit(token);
        String body = discord.awaitEdit(token, 1, TimeUnit.SECONDS).body();
        assertTrue(body.contains("seed 99 · symmetry 9 · open · bezier_fill · discord-light · 4 layers · light"), body);
        assertTrue(ImageIO.read(new ByteArrayInputStream(get(url))).getWidth() == 1024);
    }

    @Test
    void mandoWithOutOfRangeOption_overHttp_answersEphemerallyWithWhatIsAllowed() throws Exception {
        HttpResponse<String> answer = post(SignedRequests.signNow(SampleInteractions.command(
                SampleInteractions.snowflake(), APP, SampleInteractions.token(), "mando", Map.of("layers", 40L))));
        assertEquals(200, answer.statusCode());
        assertEquals("{\"type\":4,\"data\":{\"content\":\"Can't draw that: layers must be a whole number from 1 "
                + "to 8.\",\"flags\":64,\"allowed_mentions\":{\"parse\":[]}}}", answer.body());
    }

    @Test
    void ping_overHttp_answersPong() throws Exception {
        HttpResponse<String> answer = post(SignedRequests.signNow(SignedRequests.fixture("ping.json")));
        assertEquals(200, answer.statusCode());
        assertEquals("{\"type\":1}", answer.body());
    }

    @Test
    void unsigned_overHttp_is401AndNothingIsQueued() throws Exception {
        HttpResponse<String> answer = post(new SignedRequests.Signed(SignedRequests.fixture("mando.json"), null,
                null));
        assertEquals(401, answer.statusCode());
        assertTrue(discord.edits().isEmpty());
    }

    @Test
    void get_onEndpoint_is405WithAllow() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + bot.port() + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, answer.statusCode());
        assertEquals("POST", answer.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void oversizedBody_overHttp_is413() throws Exception {
        byte[] big = new byte[300 * 1024];
        HttpResponse<String> answer = post(new SignedRequests.Signed(big, null, null));
        assertEquals(413, answer.statusCode());
    }

    @Test
    void missingImage_is404_andPathTricksAreNotServed() throws Exception {
        for (String path : new String[] {"/mandalas/nope.png", "/mandalas/..%2F..%2Fetc%2Fpasswd",
            "/mandalas/../pom.xml", "/elsewhere"}) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + bot.port() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, answer.statusCode(), path);
        }
    }
}
