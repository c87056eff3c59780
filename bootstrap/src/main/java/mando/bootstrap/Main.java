package mando.bootstrap;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code mando.jar}: the command line. Each verb is a thin call into the pieces the Cloud Functions use too. */
public final class Main {
    static final String USAGE = """
            usage: java -jar mando.jar <command> [options]
              local      run the whole bot in one process (POST / for Discord, GET /mandalas/NAME.png)
              demo       run local with a throwaway key and a loopback Discord, send one signed /mando, check the answer
              render     write a mandala (or a contact sheet) to a PNG or SVG file; render --help for the options
              register   put the /mando command definition to Discord (global, or --guild ID)
            Configuration is read from environment variables; see the README.""";

    private Main() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        JsonLogFormatter.install();
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != -1) {
            System.exit(status);
        }
    }

    /** Runs a verb; returns its exit status, or -1 if it left a server running. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) throws Exception {
        String verb = args.length == 0 ? "" : args[0];
        try {
            switch (verb) {
                case "local":
                    return local(new Env(env), out);
                case "demo":
                    return Demo.run(out, err);
                case "render":
                    return RenderCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "register":
                    return RegisterCommand.run(Arrays.copyOfRange(args, 1, args.length), env, out, err);
                case "help":
                case "--help":
                case "-h":
                    out.println(USAGE);
                    return 0;
                default:
                    err.println(verb.isEmpty() ? USAGE : "unknown command '" + verb + "'\n" + USAGE);
                    return 2;
            }
        } catch (Env.ConfigException e) {
            err.println("mando: " + e.getMessage());
            return 2;
        }
    }

    private static int local(Env env, PrintStream out) throws Exception {
        LocalBot bot = LocalBot.start(LocalBot.Settings.fromEnv(env));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bot.close();
            stopped.countDown();
        }));
        out.println("mando local: interactions endpoint on port " + bot.port() + " (POST /), images under "
                + bot.baseUrl() + "/mandalas/");
        stopped.await();
        return -1;
    }
}
