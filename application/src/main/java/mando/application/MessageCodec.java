package mando.application;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mando.domain.ApplicationId;
import mando.domain.Interaction;
import mando.domain.InteractionId;
import mando.domain.InteractionToken;
import mando.domain.MandalaReply;
import mando.domain.MandalaRequest;
import mando.domain.mandala.Background;
import mando.domain.mandala.MandalaOptions;
import mando.domain.mandala.Palette;
import mando.domain.mandala.Style;

/**
 * The wire format of the two queues: small versioned JSON objects (see docs/messages.md). Decoding treats the bytes
 * as hostile: size, nesting and duplicate keys are bounded before any field is read, and every value goes through
 * the domain's validating constructors. Streaming Jackson, no data binding: nothing reflective to load at start-up.
 */
public final class MessageCodec {
    public static final int VERSION = 1;
    public static final String REQUEST_TYPE = "mandala.request";
    public static final String REPLY_TYPE = "mandala.reply";
    /** A real message is well under 2 KiB; the bound keeps hostile ones cheap to refuse. */
    public static final int MAX_BYTES = 16 * 1024;
    private static final int MAX_DEPTH = 4;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 1).maxStringLength(MAX_BYTES).maxNumberLength(32).build())
            .build();

    public byte[] encode(MandalaRequest request) {
        return write(g -> {
            header(g, REQUEST_TYPE, request.interaction());
            MandalaOptions o = request.options();
            g.writeObjectFieldStart("options");
            g.writeNumberField("seed", o.seed());
            if (o.symmetry() != null) {
                g.writeNumberField("symmetry", o.symmetry());
            }
            if (o.style() != null) {
                g.writeStringField("style", o.style().key());
            }
            if (o.palette() != null) {
                g.writeStringField("palette", o.palette().key());
            }
            if (o.layers() != null) {
                g.writeNumberField("layers", o.layers());
            }
            if (o.background() != null) {
                g.writeStringField("background", o.background().key());
            }
            if (o.open() != null) {
                g.writeBooleanField("open", o.open());
            }
            g.writeEndObject();
        });
    }

    public byte[] encode(MandalaReply reply) {
        return write(g -> {
            header(g, REPLY_TYPE, reply.interaction());
            if (reply.isFailure()) {
                g.writeStringField("failure", reply.failure());
            } else {
                g.writeStringField("image_url", reply.imageUrl().toString());
                g.writeStringField("caption", reply.caption());
            }
        });
    }

    public MandalaRequest decodeRequest(byte[] data) {
        Map<String, Object> root = readMessage(data, REQUEST_TYPE);
        Map<String, Object> o = object(root, "options");
        try {
            MandalaOptions options = new MandalaOptions(
                    longValue(o, "seed"),
                    optionalInt(o, "symmetry"),
                    o.get("style") == null ? null : Style.parse(string(o, "style")),
                    o.get("palette") == null ? null : Palette.parse(string(o, "palette")),
                    optionalInt(o, "layers"),
                    o.get("background") == null ? null : Background.parse(string(o, "background")),
                    optionalBoolean(o, "open"));
            return new MandalaRequest(interaction(root), options);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("invalid request: " + e.getMessage(), e);
        }
    }

    public MandalaReply decodeReply(byte[] data) {
        Map<String, Object> root = readMessage(data, REPLY_TYPE);
        try {
            Interaction interaction = interaction(root);
            if (root.get("failure") != null) {
                return MandalaReply.failed(interaction, string(root, "failure"));
            }
            URI url = new URI(string(root, "image_url"));
            String caption = root.get("caption") == null ? "" : string(root, "caption");
            return MandalaReply.ready(interaction, url, caption);
        } catch (IllegalArgumentException | URISyntaxException e) {
            throw new MalformedMessageException("invalid reply: " + e.getMessage(), e);
        }
    }

    /**
     * What can safely be told about an undecodable message for a log line: its size, and its version, type and
     * interaction id if those can be read. Never the token, never raw bytes.
     */
    public String describe(byte[] data) {
        StringBuilder sb = new StringBuilder("bytes=").append(data.length);
        if (data.length > MAX_BYTES) {
            return sb.toString();
        }
        try {
            Map<String, Object> root = read(data);
            appendIfSafe(sb, "v", root.get("v"));
            appendIfSafe(sb, "type", root.get("type"));
            if (root.get("interaction") instanceof Map<?, ?> i) {
                appendIfSafe(sb, "interaction_id", i.get("id"));
            }
        } catch (RuntimeException e) {
            sb.append(" (not readable JSON)");
        }
        return sb.toString();
    }

    private static void appendIfSafe(StringBuilder sb, String name, Object value) {
        if (value instanceof Number || (value instanceof String s && s.length() <= 40 && s.matches("[0-9A-Za-z._-]*"))) {
            sb.append(' ').append(name).append('=').append(value);
        }
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void header(JsonGenerator g, String type, Interaction interaction) throws IOException {
        g.writeNumberField("v", VERSION);
        g.writeStringField("type", type);
        g.writeObjectFieldStart("interaction");
        g.writeStringField("id", interaction.id().value());
        g.writeStringField("application_id", interaction.applicationId().value());
        g.writeStringField("token", interaction.token().value());
        g.writeEndObject();
    }

    private static Map<String, Object> readMessage(byte[] data, String expectedType) {
        if (data.length > MAX_BYTES) {
            throw new MalformedMessageException("message is " + data.length + " bytes, over the " + MAX_BYTES
                    + "-byte bound");
        }
        Map<String, Object> root = read(data);
        Object version = root.get("v");
        if (!(version instanceof Long v) || v != VERSION) {
            throw new MalformedMessageException("unsupported message version " + describeValue(version)
                    + " (this build reads version " + VERSION + ")");
        }
        if (!expectedType.equals(root.get("type"))) {
            throw new MalformedMessageException("expected a " + expectedType + " message");
        }
        return root;
    }

    private static Interaction interaction(Map<String, Object> root) {
        Map<String, Object> i = object(root, "interaction");
        return new Interaction(new InteractionId(string(i, "id")), new ApplicationId(string(i, "application_id")),
                new InteractionToken(string(i, "token")));
    }

    private static Map<String, Object> read(byte[] data) {
        try (JsonParser p = JSON.createParser(data)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedMessageException("message is not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> root = (Map<String, Object>) readValue(p, 1);
            if (p.nextToken() != null) {
                throw new MalformedMessageException("trailing data after the JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the offending input, which may be a token: say only where it broke.
            long at = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
            throw new MalformedMessageException("message is not valid JSON" + (at >= 0 ? " (at byte " + at + ")" : ""),
                    e);
        } catch (IOException e) {
            throw new MalformedMessageException("message could not be read", e);
        }
    }

    /** Reads the value at the current token into maps, lists, strings, longs, doubles, booleans and nulls. */
    private static Object readValue(JsonParser p, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new MalformedMessageException("message nests deeper than " + MAX_DEPTH);
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, readValue(p, depth + 1));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(p, depth + 1));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                if (p.getNumberType() != JsonParser.NumberType.INT && p.getNumberType() != JsonParser.NumberType.LONG) {
                    throw new MalformedMessageException("integer out of range");
                }
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new MalformedMessageException("unexpected JSON token " + t);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> map, String name) {
        if (map.get(name) instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new MalformedMessageException("field '" + name + "' must be an object");
    }

    private static String string(Map<String, Object> map, String name) {
        if (map.get(name) instanceof String s) {
            return s;
        }
        throw new MalformedMessageException("field '" + name + "' must be a string");
    }

    private static long longValue(Map<String, Object> map, String name) {
        if (map.get(name) instanceof Long l) {
            return l;
        }
        throw new MalformedMessageException("field '" + name + "' must be an integer");
    }

    private static Integer optionalInt(Map<String, Object> map, String name) {
        Object value = map.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        throw new MalformedMessageException("field '" + name + "' must be a 32-bit integer");
    }

    private static Boolean optionalBoolean(Map<String, Object> map, String name) {
        Object value = map.get(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw new MalformedMessageException("field '" + name + "' must be true or false");
    }

    private static String describeValue(Object value) {
        return value instanceof Long || value instanceof Double ? value.toString() : "(missing or not a number)";
    }
}
