package mando.bootstrap;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes each log record as one JSON line that Cloud Logging reads as a structured entry: {@code severity},
 * {@code message}, {@code time}, the logger, the interaction id when the message names one ("interaction 123…" or
 * "interaction_id=123…", the convention all our log lines follow), the request's trace when there is one, and the
 * stack trace of an exception. Secrets never reach a log line by design; as a last line of defence, anything shaped
 * like a webhook token path or a JSON token field is masked here too.
 */
public final class JsonLogFormatter extends Formatter {
    private static final Pattern INTERACTION = Pattern.compile("interaction(?:_id=| )(\\d{1,20})");
    private static final Pattern WEBHOOK_PATH = Pattern.compile("(/webhooks/\\d+/)[A-Za-z0-9._-]+");
    private static final Pattern TOKEN_FIELD = Pattern.compile("(\"(?:token|access_token)\"\\s*:\\s*\")[^\"]*");
    private static final Pattern BOT_AUTH = Pattern.compile("(Bot |Bearer )[A-Za-z0-9._-]{10,}");
    private static final ThreadLocal<String> TRACE = new ThreadLocal<>();

    /** Sends every log line of this process through this formatter, to standard error. */
    public static void install() {
        LogManager.getLogManager().reset();
        Handler handler = new ConsoleHandler();
        handler.setFormatter(new JsonLogFormatter());
        handler.setLevel(Level.INFO);
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(handler);
    }

    /**
     * Runs {@code work} with this Cloud Trace context, so its log lines group under the request in Cloud Logging.
     * {@code header} is the {@code X-Cloud-Trace-Context} value ({@code TRACE_ID/SPAN;o=1}); null means none.
     */
    public static <T> T withTrace(String project, String header, Supplier<T> work) {
        int slash = header == null ? -1 : header.indexOf('/');
        String traceId = slash < 0 ? header : header.substring(0, slash);
        if (project == null || traceId == null || !traceId.matches("[0-9a-fA-F]{1,32}")) {
            return work.get();
        }
        TRACE.set("projects/" + project + "/traces/" + traceId);
        try {
            return work.get();
        } finally {
            TRACE.remove();
        }
    }

    @Override
    public String format(LogRecord record) {
        String message = redact(formatMessage(record));
        StringBuilder json = new StringBuilder(160 + message.length());
        json.append("{\"severity\":\"").append(severity(record.getLevel())).append('"');
        field(json, "message", message);
        field(json, "time", Instant.ofEpochMilli(record.getMillis()).toString());
        field(json, "logger", record.getLoggerName());
        Matcher interaction = INTERACTION.matcher(message);
        if (interaction.find()) {
            field(json, "interaction_id", interaction.group(1));
        }
        String trace = TRACE.get();
        if (trace != null) {
            field(json, "logging.googleapis.com/trace", trace);
        }
        if (record.getThrown() != null) {
            StringWriter stack = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(stack));
            field(json, "stack_trace", redact(stack.toString()));
        }
        return json.append("}\n").toString();
    }

    static String redact(String text) {
        String masked = WEBHOOK_PATH.matcher(text).replaceAll("$1[redacted]");
        masked = TOKEN_FIELD.matcher(masked).replaceAll("$1[redacted]");
        return BOT_AUTH.matcher(masked).replaceAll("$1[redacted]");
    }

    /** Cloud Logging's LogSeverity names for the JDK's levels (System.Logger's map onto these). */
    private static String severity(Level level) {
        int v = level.intValue();
        if (v >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (v >= Level.WARNING.intValue()) {
            return "WARNING";
        }
        if (v >= Level.INFO.intValue()) {
            return "INFO";
        }
        return "DEBUG";
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append(",\"").append(name).append("\":\"");
        if (value != null) {
            escape(json, value);
        }
        json.append('"');
    }

    private static void escape(StringBuilder json, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
    }
}
