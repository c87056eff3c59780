package mando.bootstrap.discord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import mando.application.SlashCommand;
import mando.domain.ApplicationId;
import mando.domain.Interaction;
import mando.domain.InteractionId;
import mando.domain.InteractionToken;

/**
 * Reads the few fields we need from a verified Discord interaction, streaming: unknown fields are skipped unread,
 * nesting and lengths are bounded, and anything malformed is a {@link MalformedInteractionException} (400), never
 * a crash.
 */
final class InteractionParser {
    static final int PING = 1;
    static final int APPLICATION_COMMAND = 2;
    private static final int MAX_KNOWN_TYPE = 5;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32).maxStringLength(64 * 1024).maxNumberLength(40).build())
            .build();

    /** What a verified request asks for. */
    sealed interface Parsed {}

    record Ping() implements Parsed {}

    record Command(SlashCommand command) implements Parsed {}

    /** A known interaction type we do not handle (components, autocomplete, modals). */
    record Unsupported(int type) implements Parsed {}

    /** Fields as read; validated together once the object is complete. */
    private static final class Fields {
        long type = -1;
        String id;
        String applicationId;
        String token;
        String commandName;
        List<SlashCommand.Option> options = List.of();
    }

    Parsed parse(byte[] body, int length) {
        try (JsonParser p = JSON.createParser(body, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedInteractionException("body is not a JSON object");
            }
            Fields f = new Fields();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "type" -> f.type = integer(p, value, "type");
                    case "id" -> f.id = text(p, value, "id");
                    case "application_id" -> f.applicationId = text(p, value, "application_id");
                    case "token" -> f.token = text(p, value, "token");
                    case "data" -> readData(p, value, f);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new MalformedInteractionException("trailing data after the JSON object");
            }
            return build(f);
        } catch (MalformedInteractionException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            // Jackson's own messages quote input; ours must not echo it back, so keep only the kind of error.
            throw new MalformedInteractionException("body is not valid JSON of an interaction", e);
        }
    }

    private static Parsed build(Fields f) {
        if (f.type == PING) {
            return new Ping();
        }
        if (f.type < PING || f.type > MAX_KNOWN_TYPE) {
            throw new MalformedInteractionException("unknown interaction type");
        }
        if (f.type != APPLICATION_COMMAND) {
            return new Unsupported((int) f.type);
        }
        if (f.id == null || f.applicationId == null || f.token == null || f.commandName == null) {
            throw new MalformedInteractionException("command interaction lacks id, application_id, token or data");
        }
        Interaction interaction = new Interaction(new InteractionId(f.id), new ApplicationId(f.applicationId),
                new InteractionToken(f.token));
        return new Command(new SlashCommand(interaction, f.commandName, f.options));
    }

    private static void readData(JsonParser p, JsonToken start, Fields f) throws IOException {
        expect(start, JsonToken.START_OBJECT, "data");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "name" -> f.commandName = text(p, value, "data.name");
                case "options" -> f.options = readOptions(p, value);
                default -> p.skipChildren();
            }
        }
    }

    private static List<SlashCommand.Option> readOptions(JsonParser p, JsonToken start) throws IOException {
        expect(start, JsonToken.START_ARRAY, "data.options");
        List<SlashCommand.Option> options = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p.currentToken(), JsonToken.START_OBJECT, "data.options[]");
            if (options.size() == SlashCommand.MAX_OPTIONS) {
                throw new MalformedInteractionException("more than " + SlashCommand.MAX_OPTIONS + " options");
            }
            String name = null;
            Object value = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken token = p.nextToken();
                switch (field) {
                    case "name" -> name = text(p, token, "option name");
                    case "value" -> value = scalar(p, token);
                    default -> p.skipChildren();
                }
            }
            if (name == null) {
                throw new MalformedInteractionException("an option lacks its name");
            }
            options.add(new SlashCommand.Option(name, value));
        }
        return options;
    }

    /** An option value as the use case sees it; an integer too large for a long is passed on as text. */
    private static Object scalar(JsonParser p, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? p.getText() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> {
                p.skipChildren();
                yield "";
            }
        };
    }

    private static long integer(JsonParser p, JsonToken token, String what) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new MalformedInteractionException(what + " must be an integer");
        }
        return p.getLongValue();
    }

    private static String text(JsonParser p, JsonToken token, String what) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new MalformedInteractionException(what + " must be a string");
        }
        return p.getText();
    }

    private static void expect(JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw new MalformedInteractionException(what + " has the wrong JSON type");
        }
    }
}
