package mando.adapters.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mando.adapters.gcp.testing.LoopbackDiscord;
import mando.adapters.gcp.testing.LoopbackDiscord.Answer;
import mando.domain.ApplicationId;
import mando.domain.Interaction;
import mando.domain.InteractionId;
import mando.domain.InteractionToken;
import mando.domain.MandalaReply;
import mando.domain.port.DiscordException;
import mando.domain.port.InteractionExpiredException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class DiscordRestClientTest {
    private static final String TOKEN = "aW50ZXJhY3Rpb246c2VjcmV0LXRva2Vu.x_y-z";
    private static final Interaction INTERACTION = new Interaction(new InteractionId("1234567890123456789"),
            new ApplicationId("987654321098765432"), new InteractionToken(TOKEN));
    private static final MandalaReply READY = MandalaReply.ready(INTERACTION,
            URI.create("https://storage.googleapis.com/bucket/1234567890123456789.png"), "seed 42 @everyone");
    private static final String EDIT_PATH =
            "/api/v10/webhooks/987654321098765432/" + TOKEN + "/messages/@original";

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logLines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private LoopbackDiscord discord;

    @BeforeEach
    void start() throws IOException {
        discord = new LoopbackDiscord();
        Logger.getLogger(DiscordHttp.class.getName()).addHandler(logCapture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger(DiscordHttp.class.getName()).removeHandler(logCapture);
        discord.close();
    }

    private DiscordRestClient client(URI baseUrl, Duration timeout) {
        return new DiscordRestClient(new DiscordApi(baseUrl), new DiscordHttp(timeout, sleeps::add));
    }

    private DiscordRestClient client() {
        return client(discord.baseUrl(), Duration.ofSeconds(5));
    }

    @Test
    void editOriginal_readyReply_patchesOriginalWithImageEmbedAndNoMentions() {
        client().editOriginal(READY);

        LoopbackDiscord.Request request = discord.requests().get(0);
        assertEquals("PATCH", request.method());
        assertEquals(EDIT_PATH, request.path());
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals(DiscordHttp.USER_AGENT, request.header("User-Agent"));
        assertTrue(request.header("User-Agent").matches("DiscordBot \\(https://\\S+, [0-9.]+\\)"));
        assertEquals("{\"content\":\"\",\"embeds\":[{\"description\":\"seed 42 @everyone\","
                + "\"image\":{\"url\":\"https://storage.googleapis.com/bucket/1234567890123456789.png\"},"
                + "\"color\":5793266}],\"allowed_mentions\":{\"parse\":[]}}", request.body());
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void editOriginal_failureReply_sendsTextAndClearsEmbeds() {
        client().editOriginal(MandalaReply.failed(INTERACTION, "Sorry, no mandala this time."));

        assertEquals("{\"content\":\"Sorry, no mandala this time.\",\"embeds\":[],"
                + "\"allowed_mentions\":{\"parse\":[]}}", discord.requests().get(0).body());
    }

    @Test
    void editOriginal_rateLimitedWithRetryAfterInBody_waitsThatLongAndRetries() {
        discord.answer(Answer.of(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":0.25,"
                + "\"global\":false}").withHeader("Retry-After", "1"));

        client().editOriginal(READY);

        assertEquals(2, discord.requests().size());
        assertEquals(List.of(Duration.ofMillis(250)), sleeps);
    }

    @Test
    void editOriginal_rateLimitedWithRetryAfterHeaderOnly_waitsThatLongAndRetries() {
        discord.answer(Answer.of(429, "").withHeader("Retry-After", "2"));

        client().editOriginal(READY);

        assertEquals(2, discord.requests().size());
        assertEquals(List.of(Duration.ofSeconds(2)), sleeps);
    }

    @Test
    void editOriginal_rateLimitLongerThanBound_failsAtOnceForTheQueueToRedeliver() {
        discord.answer(Answer.of(429, "{\"retry_after\":60.5}"));

        DiscordException e = assertThrows(DiscordException.class, () -> client().editOriginal(READY));

        assertFalse(e instanceof InteractionExpiredException);
        assertEquals(1, discord.requests().size());
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void editOriginal_serverErrorsThenSuccess_backsOffAndRetries() {
        discord.answer(Answer.of(500, "{}"), Answer.of(502, "bad gateway"));

        client().editOriginal(READY);

        assertEquals(3, discord.requests().size());
        assertEquals(2, sleeps.size());
        assertTrue(sleeps.get(0).toMillis() >= 250 && sleeps.get(0).toMillis() <= 500, sleeps.toString());
        assertTrue(sleeps.get(1).toMillis() >= 500 && sleeps.get(1).toMillis() <= 1000, sleeps.toString());
    }

    @Test
    void editOriginal_serverErrorOnEveryAttempt_givesUpAfterBoundedAttemptsWithoutLeakingTheToken() {
        discord.answer(Answer.of(503, "{}"), Answer.of(503, "{}"), Answer.of(503, "{}"), Answer.of(503, "{}"),
                Answer.of(200, "{}"));

        DiscordException e = assertThrows(DiscordException.class, () -> client().editOriginal(READY));

        assertFalse(e instanceof InteractionExpiredException);
        assertEquals(DiscordHttp.MAX_ATTEMPTS, discord.requests().size());
        assertEquals(DiscordHttp.MAX_ATTEMPTS - 1, sleeps.size());
        assertTrue(e.getMessage().contains("interaction 1234567890123456789"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
        assertEquals(DiscordHttp.MAX_ATTEMPTS - 1, logLines.size());
        logLines.forEach(line -> assertFalse(line.contains(TOKEN) || line.contains("webhooks"), line));
    }

    @Test
    void editOriginal_notFound_throwsExpiredWithoutRetrying() {
        discord.answer(Answer.of(404, "{\"message\":\"Unknown Webhook\",\"code\":10015}"));

        InteractionExpiredException e = assertThrows(InteractionExpiredException.class,
                () -> client().editOriginal(READY));

        assertEquals(1, discord.requests().size());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    @Test
    void editOriginal_unauthorized_throwsExpiredWithoutRetrying() {
        discord.answer(Answer.of(401, "{\"message\":\"401: Unauthorized\",\"code\":0}"));

        assertThrows(InteractionExpiredException.class, () -> client().editOriginal(READY));

        assertEquals(1, discord.requests().size());
    }

    @Test
    void editOriginal_otherClientError_throwsWithDiscordsMessageWithoutRetrying() {
        discord.answer(Answer.of(400, "{\"message\":\"Invalid Form Body\",\"code\":50035}"));

        DiscordException e = assertThrows(DiscordException.class, () -> client().editOriginal(READY));

        assertFalse(e instanceof InteractionExpiredException);
        assertTrue(e.getMessage().contains("400") && e.getMessage().contains("Invalid Form Body"), e.getMessage());
        assertEquals(1, discord.requests().size());
    }

    @Test
    void editOriginal_hugeErrorBody_readsOnlyABoundedExcerpt() {
        discord.answer(Answer.of(400, "x".repeat(3 * BoundedBody.MAX_BYTES)));

        DiscordException e = assertThrows(DiscordException.class, () -> client().editOriginal(READY));

        assertTrue(e.getMessage().length() < 1000, "message length " + e.getMessage().length());
    }

    @Test
    void editOriginal_slowResponse_timesOutAndRetries() {
        discord.answer(Answer.of(200, "{}").after(Duration.ofSeconds(3)));

        client(discord.baseUrl(), Duration.ofMillis(300)).editOriginal(READY);

        assertEquals(2, discord.requests().size());
        assertEquals(1, sleeps.size());
    }

    @Test
    void editOriginal_nothingListening_retriesThenThrowsForTheQueueToRedeliver() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DiscordRestClient client = client(URI.create("http://127.0.0.1:" + closedPort + "/api/v10"),
                Duration.ofSeconds(2));

        DiscordException e = assertThrows(DiscordException.class, () -> client.editOriginal(READY));

        assertFalse(e instanceof InteractionExpiredException);
        assertEquals(DiscordHttp.MAX_ATTEMPTS - 1, sleeps.size());
    }

    @Test
    void discordApi_fromEnv_defaultsToV10AndDropsTrailingSlash() {
        assertEquals(URI.create("https://discord.com/api/v10"), DiscordApi.fromEnv(java.util.Map.of()).baseUrl());
        assertEquals(URI.create("http://127.0.0.1:9/api"),
                DiscordApi.fromEnv(java.util.Map.of("DISCORD_API_BASE_URL", "http://127.0.0.1:9/api/")).baseUrl());
    }
}
