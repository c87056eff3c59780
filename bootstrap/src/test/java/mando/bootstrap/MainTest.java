package mando.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) throws Exception {
        return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void demo_withNothingConfigured_passesAndPrintsEditAndPng() throws Exception {
        assertEquals(0, run(Map.of(), "demo"), err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("{\"type\":5}"), printed);
        assertTrue(printed.contains("PATCH /webhooks/"), printed);
        assertTrue(printed.contains("PNG: "), printed);
    }

    @Test
    void local_withoutPublicKey_exits2AndSaysWhatToSet() throws Exception {
        assertEquals(2, run(Map.of(), "local"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("DISCORD_PUBLIC_KEY is not set"));
    }

    @Test
    void local_withMalformedPublicKey_exits2() throws Exception {
        assertEquals(2, run(Map.of("DISCORD_PUBLIC_KEY", "xyz", "DISCORD_APPLICATION_ID", "1", "PORT", "0"),
                "local"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("64 hex characters"));
    }

    @Test
    void unknownVerb_exits2WithUsage() throws Exception {
        assertEquals(2, run(Map.of(), "dance"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }
}
