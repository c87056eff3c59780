package mando.bootstrap.discord;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import mando.application.AcceptInteraction;
import mando.application.Acceptance;

/**
 * Discord's interactions endpoint, independent of any HTTP server: the Cloud Function and the one-machine server both
 * hand it the method, the two signature headers and the raw body, and send back what it returns. The order is the
 * security: size, then signature and freshness over the raw bytes, and only then parsing.
 */
public final class InteractionEndpoint {
    /** Discord's interactions are a few KiB; anything over this is refused before it is verified. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** A signed request older or newer than this is a replay (or a badly wrong clock) and is refused. */
    public static final long REPLAY_WINDOW_SECONDS = 5 * 60;

    static final String PONG = "{\"type\":1}";
    static final String DEFERRED = "{\"type\":5}";
    private static final System.Logger LOG = System.getLogger(InteractionEndpoint.class.getName());

    private final SignatureVerifier verifier;
    private final AcceptInteraction accept;
    private final Clock clock;
    private final InteractionParser parser = new InteractionParser();

    public InteractionEndpoint(SignatureVerifier verifier, AcceptInteraction accept, Clock clock) {
        this.verifier = verifier;
        this.accept = accept;
        this.clock = clock;
    }

    /** An HTTP answer: the status and a JSON body; 405 answers also carry {@code Allow: POST}. */
    public record Response(int status, String body) {}

    /**
     * Answers one request. {@code body} holds {@code length} bytes; a caller that stopped reading because the body
     * was too large passes a length over {@link #MAX_BODY_BYTES}.
     */
    public Response handle(String method, String signature, String timestamp, byte[] body, int length) {
        if (!"POST".equals(method)) {
            return error(405, "only POST is allowed");
        }
        if (length > MAX_BODY_BYTES) {
            return tooLarge();
        }
        if (!fresh(timestamp)) {
            return error(401, "missing, malformed or stale X-Signature-Timestamp");
        }
        if (!verifier.verify(signature, timestamp, body, length)) {
            return error(401, "invalid request signature");
        }
        InteractionParser.Parsed parsed;
        try {
            parsed = parser.parse(body, length);
        } catch (MalformedInteractionException e) {
            return error(400, e.getMessage());
        }
        if (parsed instanceof InteractionParser.Ping) {
            return new Response(200, PONG);
        }
        if (parsed instanceof InteractionParser.Unsupported) {
            return new Response(200, ephemeral("Sorry, I only answer /" + AcceptInteraction.COMMAND + "."));
        }
        InteractionParser.Command command = (InteractionParser.Command) parsed;
        Acceptance acceptance = accept.accept(command.command());
        if (acceptance instanceof Acceptance.Ephemeral answer) {
            return new Response(200, ephemeral(answer.message()));
        }
        LOG.log(Level.DEBUG, () -> "interaction " + command.command().interaction().id() + " deferred");
        return new Response(200, DEFERRED);
    }

    public static Response tooLarge() {
        return error(413, "body larger than " + MAX_BODY_BYTES + " bytes");
    }

    /** True if the timestamp is plain decimal seconds within the replay window of now. */
    private boolean fresh(String timestamp) {
        if (timestamp == null || timestamp.isEmpty() || timestamp.length() > 12) {
            return false;
        }
        for (int i = 0; i < timestamp.length(); i++) {
            if (timestamp.charAt(i) < '0' || timestamp.charAt(i) > '9') {
                return false;
            }
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp));
        return skew <= REPLAY_WINDOW_SECONDS;
    }

    public static Response error(int status, String message) {
        return new Response(status, json(g -> g.writeStringField("error", message)));
    }

    /** Interaction response type 4 with flag 64: a message only the user sees, mentioning nobody. */
    static String ephemeral(String content) {
        return json(g -> {
            g.writeNumberField("type", 4);
            g.writeObjectFieldStart("data");
            g.writeStringField("content", content);
            g.writeNumberField("flags", 64);
            g.writeObjectFieldStart("allowed_mentions");
            g.writeArrayFieldStart("parse");
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static String json(JsonText.Fields fields) {
        return new String(JsonText.object(fields), StandardCharsets.UTF_8);
    }
}
