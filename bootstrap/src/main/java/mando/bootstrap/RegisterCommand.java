package mando.bootstrap;

import java.io.PrintStream;
import java.util.Map;
import mando.adapters.gcp.BotToken;
import mando.adapters.gcp.DiscordApi;
import mando.adapters.gcp.DiscordCommandRegistrar;
import mando.domain.ApplicationId;
import mando.domain.port.DiscordException;

/** {@code mando.jar register [--guild ID]}: puts the {@code /mando} command definition to Discord. */
public final class RegisterCommand {
    static final String USAGE = "usage: mando.jar register [--guild GUILD_ID]\n"
            + "  Puts the /mando command to Discord: for every server, or with --guild for one server at once.\n"
            + "  Needs DISCORD_APPLICATION_ID and DISCORD_BOT_TOKEN; DISCORD_API_BASE_URL is optional.";

    private RegisterCommand() {}

    /** Returns the exit code: 0 registered, 1 Discord refused or could not be reached, 2 usage or configuration. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String guild = null;
        for (int i = 0; i < args.length; i++) {
            if ("--guild".equals(args[i]) && i + 1 < args.length && guild == null) {
                guild = args[++i];
            } else if ("--help".equals(args[i]) || "-h".equals(args[i])) {
                out.println(USAGE);
                return 0;
            } else {
                err.println("register: unexpected argument '" + args[i] + "'\n" + USAGE);
                return 2;
            }
        }
        ApplicationId applicationId;
        BotToken token;
        DiscordApi api;
        try {
            applicationId = new ApplicationId(required(env, "DISCORD_APPLICATION_ID"));
            token = new BotToken(required(env, "DISCORD_BOT_TOKEN"));
            api = DiscordApi.fromEnv(env);
        } catch (IllegalArgumentException e) {
            err.println("register: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        String where = guild == null ? "for every server (new commands can take a while to show)"
                : "in guild " + guild;
        try {
            new DiscordCommandRegistrar(api).register(applicationId, token, guild);
        } catch (IllegalArgumentException e) {
            err.println("register: " + e.getMessage());
            return 2;
        } catch (DiscordException e) {
            err.println("register: " + e.getMessage());
            return 1;
        }
        out.println("registered /mando " + where);
        return 0;
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value.strip();
    }
}
