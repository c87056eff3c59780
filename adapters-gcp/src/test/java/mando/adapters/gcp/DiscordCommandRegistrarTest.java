package mando.adapters.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mando.adapters.gcp.testing.LoopbackDiscord;
import mando.adapters.gcp.testing.LoopbackDiscord.Answer;
import mando.domain.ApplicationId;
import mando.domain.port.DiscordException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class DiscordCommandRegistrarTest {
    private static final ApplicationId APP = new ApplicationId("987654321098765432");
    private static final BotToken TOKEN = new BotToken("MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs");
    /** The command as Discord will show it; a change to the domain's options must show up here. */
    static final String DEFINITION = "[{\"name\":\"mando\",\"type\":1,\"description\":\"Draw a mandala\",\"options\":["
            + "{\"type\":4,\"name\":\"seed\",\"description\":\"The same seed draws the same mandala\","
            + "\"required\":false,\"min_value\":0,\"max_value\":9007199254740991},"
            + "{\"type\":4,\"name\":\"symmetry\",\"description\":\"How many times the pattern repeats around the "
            + "centre\",\"required\":false,\"min_value\":2,\"max_value\":32},"
            + "{\"type\":3,\"name\":\"style\",\"description\":\"How the shapes are drawn\",\"required\":false,"
            + "\"choices\":[{\"name\":\"line\",\"value\":\"line\"},{\"name\":\"fill\",\"value\":\"fill\"},"
            + "{\"name\":\"bezier\",\"value\":\"bezier\"},{\"name\":\"bezier_fill\",\"value\":\"bezier_fill\"}]},"
            + "{\"type\":3,\"name\":\"palette\",\"description\":\"The colours\",\"required\":false,"
            + "\"choices\":[{\"name\":\"viridis\",\"value\":\"viridis\"},{\"name\":\"magma\",\"value\":\"magma\"},"
            + "{\"name\":\"inferno\",\"value\":\"inferno\"},{\"name\":\"plasma\",\"value\":\"plasma\"},"
            + "{\"name\":\"cividis\",\"value\":\"cividis\"},{\"name\":\"turbo\",\"value\":\"turbo\"},"
            + "{\"name\":\"spectral\",\"value\":\"spectral\"},{\"name\":\"twilight\",\"value\":\"twilight\"},"
            + "{\"name\":\"rainbow\",\"value\":\"rainbow\"},{\"name\":\"discord-dark\",\"value\":\"discord-dark\"},"
            + "{\"name\":\"discord-light\",\"value\":\"discord-light\"}]},"
            + "{\"type\":4,\"name\":\"layers\",\"description\":\"How many rings of shapes\",\"required\":false,"
            + "\"min_value\":1,\"max_value\":8},"
            + "{\"type\":3,\"name\":\"background\",\"description\":\"What lies behind the mandala\","
            + "\"required\":false,\"choices\":[{\"name\":\"transparent\",\"value\":\"transparent\"},"
            + "{\"name\":\"dark\",\"value\":\"dark\"},{\"name\":\"light\",\"value\":\"light\"}]},"
            + "{\"type\":5,\"name\":\"open\",\"description\":\"Leave a gap: an open mandala\","
            + "\"required\":false}]}]";

    private LoopbackDiscord discord;
    private DiscordCommandRegistrar registrar;

    @BeforeEach
    void start() throws IOException {
        discord = new LoopbackDiscord();
        registrar = new DiscordCommandRegistrar(new DiscordApi(discord.baseUrl()),
                new DiscordHttp(Duration.ofSeconds(5), d -> { }));
    }

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void register_global_putsTheDefinitionToTheApplicationsCommandsWithBotAuthorization() {
        registrar.register(APP, TOKEN, null);

        LoopbackDiscord.Request request = discord.requests().get(0);
        assertEquals("PUT", request.method());
        assertEquals("/api/v10/applications/987654321098765432/commands", request.path());
        assertEquals("Bot " + TOKEN.value(), request.header("Authorization"));
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals(DiscordHttp.USER_AGENT, request.header("User-Agent"));
        assertEquals(DEFINITION, request.body());
    }

    @Test
    void register_guild_putsToThatGuildsCommands() {
        registrar.register(APP, TOKEN, "123456789012345678");

        assertEquals("/api/v10/applications/987654321098765432/guilds/123456789012345678/commands",
                discord.requests().get(0).path());
    }

    @Test
    void register_wrongToken_throwsWithDiscordsAnswerButNotTheToken() {
        discord.answer(Answer.of(401, "{\"message\":\"401: Unauthorized\",\"code\":0}"));

        DiscordException e = assertThrows(DiscordException.class, () -> registrar.register(APP, TOKEN, null));

        assertTrue(e.getMessage().contains("401: Unauthorized"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN.value()));
        assertEquals(1, discord.requests().size());
    }

    @Test
    void register_guildIdNotASnowflake_isRefusedBeforeSending() {
        assertThrows(IllegalArgumentException.class, () -> registrar.register(APP, TOKEN, "../../users/@me"));

        assertTrue(discord.requests().isEmpty());
    }

    @Test
    void definition_isAtMostDiscordsLimitOfEightKilobytes() {
        assertTrue(new String(DiscordCommandRegistrar.definition(), StandardCharsets.UTF_8).length() < 8000);
    }

    @Test
    void botToken_toString_isRedacted() {
        assertEquals("BotToken[redacted]", TOKEN.toString());
        assertThrows(IllegalArgumentException.class, () -> new BotToken("abc\r\nX-Evil: 1"));
    }
}
