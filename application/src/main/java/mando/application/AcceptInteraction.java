package mando.application;

import java.lang.System.Logger.Level;
import mando.domain.InteractionId;
import mando.domain.MandalaRequest;
import mando.domain.mandala.Background;
import mando.domain.mandala.MandalaOptions;
import mando.domain.mandala.Palette;
import mando.domain.mandala.Style;
import mando.domain.port.RequestQueue;

/**
 * Use case of the interactions endpoint: check a verified slash command and queue it, so that Discord can be told
 * to wait. A deferral is only ever given once the request is queued; otherwise the user gets an apology at once.
 */
public final class AcceptInteraction {
    public static final String COMMAND = "mando";
    /** Discord's integer options stop at 2^53 (JavaScript's safe integers); seeds stay below so they can be typed. */
    public static final long MAX_SEED = (1L << 53) - 1;
    static final String QUEUE_APOLOGY = "Sorry, I can't draw right now. Please try again in a minute.";

    private static final System.Logger LOG = System.getLogger(AcceptInteraction.class.getName());
    private final RequestQueue requests;

    public AcceptInteraction(RequestQueue requests) {
        this.requests = requests;
    }

    public Acceptance accept(SlashCommand command) {
        if (!COMMAND.equals(command.name())) {
            return new Acceptance.Ephemeral("I only know /" + COMMAND + ".");
        }
        MandalaOptions options;
        try {
            options = options(command);
        } catch (IllegalArgumentException e) {
            return new Acceptance.Ephemeral("Can't draw that: " + e.getMessage() + ".");
        }
        try {
            requests.publish(new MandalaRequest(command.interaction(), options));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "interaction " + command.interaction().id() + ": request not queued: " + e);
            return new Acceptance.Ephemeral(QUEUE_APOLOGY);
        }
        return new Acceptance.Deferred();
    }

    /** The seed used when the user gives none: new for every interaction, the same for every redelivery of one. */
    public static long seedFor(InteractionId id) {
        long z = Long.parseUnsignedLong(id.value()) + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & MAX_SEED;
    }

    private static MandalaOptions options(SlashCommand command) {
        Long seed = null;
        Integer symmetry = null;
        Integer layers = null;
        Style style = null;
        Palette palette = null;
        Background background = null;
        Boolean open = null;
        for (SlashCommand.Option option : command.options()) {
            Object value = option.value();
            switch (option.name()) {
                case "seed" -> {
                    seed = integer(option.name(), value, 0, MAX_SEED);
                }
                case "symmetry" -> symmetry = (int) integer(option.name(), value, MandalaOptions.MIN_SYMMETRY,
                        MandalaOptions.MAX_SYMMETRY);
                case "layers" -> layers = (int) integer(option.name(), value, MandalaOptions.MIN_LAYERS,
                        MandalaOptions.MAX_LAYERS);
                case "style" -> style = Style.parse(text(option.name(), value));
                case "palette" -> palette = Palette.parse(text(option.name(), value));
                case "background" -> background = Background.parse(text(option.name(), value));
                case "open" -> open = bool(option.name(), value);
                default -> throw new IllegalArgumentException("unknown option '" + printable(option.name())
                        + "' (known: seed, symmetry, style, palette, layers, background, open)");
            }
        }
        long resolvedSeed = seed != null ? seed : seedFor(command.interaction().id());
        return new MandalaOptions(resolvedSeed, symmetry, style, palette, layers, background, open);
    }

    private static long integer(String name, Object value, long min, long max) {
        if (!(value instanceof Long l) || l < min || l > max) {
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max);
        }
        return l;
    }

    private static String text(String name, Object value) {
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException(name + " must be text");
        }
        return s;
    }

    private static boolean bool(String name, Object value) {
        if (!(value instanceof Boolean b)) {
            throw new IllegalArgumentException(name + " must be true or false");
        }
        return b;
    }

    /** Echoes a user-supplied name only if it is short and plain, so the answer cannot carry anything odd. */
    private static String printable(String s) {
        return s.length() <= 32 && s.matches("[a-z0-9_-]*") ? s : "?";
    }
}
