package mando.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MainTest {
    private static final String KEY = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
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
    void local_withMalformedPublicBaseUrl_exits2AndSaysWhatIsExpected() throws Exception {
        assertEquals(2, run(Map.of("DISCORD_PUBLIC_KEY", KEY, "DISCORD_APPLICATION_ID", "1", "PORT", "0",
                "MANDO_PUBLIC_BASE_URL", "not a url"), "local"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("MANDO_PUBLIC_BASE_URL must be an http or https URL"));
    }

    @Test
    void local_onAPortInUse_exits2AndSaysSo() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(2, run(Map.of("DISCORD_PUBLIC_KEY", KEY, "DISCORD_APPLICATION_ID", "1",
                    "PORT", Integer.toString(taken.getLocalPort())), "local"));
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("set PORT to a free port"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownVerb_exits2WithUsage() throws Exception {
        assertEquals(2, run(Map.of(), "dance"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }
}
