package mando.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mando.adapters.gcp.testing.LoopbackDiscord;
import mando.adapters.gcp.testing.LoopbackDiscord.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class RegisterCommandTest {
    private static final String TOKEN = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private LoopbackDiscord discord;
    private Map<String, String> env;

    @BeforeEach
    void start() throws IOException {
        discord = new LoopbackDiscord();
        env = new HashMap<>(Map.of("DISCORD_APPLICATION_ID", "987654321098765432", "DISCORD_BOT_TOKEN", TOKEN,
                "DISCORD_API_BASE_URL", discord.baseUrl().toString()));
    }

    @AfterEach
    void stop() {
        discord.close();
    }

    private int run(String... args) {
        return RegisterCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void run_noArguments_putsTheCommandGloballyAndExitsZero() {
        assertEquals(0, run());

        LoopbackDiscord.Request request = discord.requests().get(0);
        assertEquals("PUT", request.method());
        assertEquals("/api/v10/applications/987654321098765432/commands", request.path());
        assertEquals("Bot " + TOKEN, request.header("Authorization"));
        assertTrue(request.body().startsWith("[{\"name\":\"mando\",\"type\":1,"), request.body());
        assertTrue(request.body().contains("{\"name\":\"discord-dark\",\"value\":\"discord-dark\"}"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("registered /mando"));
    }

    @Test
    void run_guild_putsTheCommandToThatGuild() {
        assertEquals(0, run("--guild", "123456789012345678"));

        assertEquals("/api/v10/applications/987654321098765432/guilds/123456789012345678/commands",
                discord.requests().get(0).path());
    }

    @Test
    void run_discordRefuses_exitsOneWithDiscordsMessageAndNoToken() {
        discord.answer(Answer.of(401, "{\"message\":\"401: Unauthorized\",\"code\":0}"));

        assertEquals(1, run());

        String error = err.toString(StandardCharsets.UTF_8);
        assertTrue(error.contains("401: Unauthorized"), error);
        assertFalse(error.contains(TOKEN) || out.toString(StandardCharsets.UTF_8).contains(TOKEN));
    }

    @Test
    void run_missingBotToken_exitsTwoNamingTheVariableWithoutCallingDiscord() {
        env.remove("DISCORD_BOT_TOKEN");

        assertEquals(2, run());

        assertTrue(err.toString(StandardCharsets.UTF_8).contains("DISCORD_BOT_TOKEN is not set"));
        assertEquals(List.of(), discord.requests());
    }

    @Test
    void run_unknownArgument_exitsTwoWithUsage() {
        assertEquals(2, run("--global"));

        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: mando.jar register"));
    }
}
