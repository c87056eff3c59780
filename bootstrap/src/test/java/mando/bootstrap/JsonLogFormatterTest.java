package mando.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

final class JsonLogFormatterTest {
    private final JsonLogFormatter formatter = new JsonLogFormatter();

    private static Map<String, String> parse(String line) throws IOException {
        assertTrue(line.endsWith("}\n") && line.indexOf('\n') == line.length() - 1, "one line: " + line);
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(line)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                fields.put(name, p.getText());
            }
        }
        return fields;
    }

    private static LogRecord record(Level level, String message) {
        LogRecord r = new LogRecord(level, message);
        r.setLoggerName("mando.application.RenderMandala");
        return r;
    }

    @Test
    void format_warning_isOneJsonLineWithSeverityAndInteraction() throws IOException {
        Map<String, String> f = parse(formatter.format(record(Level.WARNING,
                "interaction 1174031389567352833: attempt 1 of 5 failed, to be retried: \"quoted\"\nnext line")));
        assertEquals("WARNING", f.get("severity"));
        assertEquals("1174031389567352833", f.get("interaction_id"));
        assertEquals("mando.application.RenderMandala", f.get("logger"));
        assertTrue(f.get("message").contains("\"quoted\"\nnext line"));
        assertTrue(f.get("time").endsWith("Z"));
    }

    @Test
    void format_levels_mapToCloudLoggingSeverities() throws IOException {
        assertEquals("ERROR", parse(formatter.format(record(Level.SEVERE, "x"))).get("severity"));
        assertEquals("INFO", parse(formatter.format(record(Level.INFO, "x"))).get("severity"));
        assertEquals("DEBUG", parse(formatter.format(record(Level.FINE, "x"))).get("severity"));
    }

    @Test
    void format_droppedMessageLine_findsInteractionIdField() throws IOException {
        assertEquals("42", parse(formatter.format(record(Level.WARNING,
                "dropped message from replies (id=m, attempt=1, interaction_id=42): expired"))).get("interaction_id"));
    }

    @Test
    void format_tokenShapedText_isMasked() throws IOException {
        String line = formatter.format(record(Level.SEVERE,
                "PATCH https://discord.com/api/v10/webhooks/123/aW50ZXJhY3Rpb246c2VjcmV0/messages/@original "
                        + "{\"token\":\"aW50ZXJhY3Rpb246c2VjcmV0\"} Authorization: Bot MTIzNDU2.Nzg5MDEy.abcdef"));
        assertFalse(line.contains("aW50ZXJhY3Rpb246c2VjcmV0"), line);
        assertFalse(line.contains("MTIzNDU2.Nzg5MDEy"), line);
        assertTrue(line.contains("/webhooks/123/[redacted]"), line);
    }

    @Test
    void format_exception_carriesItsStackTrace() throws IOException {
        LogRecord r = record(Level.SEVERE, "failed");
        r.setThrown(new IllegalStateException("boom"));
        String stack = parse(formatter.format(r)).get("stack_trace");
        assertTrue(stack.startsWith("java.lang.IllegalStateException: boom"), stack);
    }

    @Test
    void withTrace_validHeader_addsTheTraceToLinesOnThisThread() throws IOException {
        String line = JsonLogFormatter.withTrace("mando-prod", "105445aa7843bc8bf206b12000100000/1;o=1",
                () -> formatter.format(record(Level.INFO, "x")));
        assertEquals("projects/mando-prod/traces/105445aa7843bc8bf206b12000100000",
                parse(line).get("logging.googleapis.com/trace"));
        assertFalse(formatter.format(record(Level.INFO, "x")).contains("trace"));
    }

    @Test
    void withTrace_malformedHeader_isIgnored() throws IOException {
        String line = JsonLogFormatter.withTrace("p", "not-a-trace\"}{", () -> formatter.format(record(Level.INFO,
                "x")));
        assertFalse(line.contains("trace"), line);
    }
}
