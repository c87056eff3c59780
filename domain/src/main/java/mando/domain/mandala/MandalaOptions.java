package mando.domain.mandala;

/**
 * What a user asked for. The seed is always fixed; every other option left {@code null} is chosen from the seed, so
 * the same options always give the same picture. Ranges are checked here, once, for every way in (slash command,
 * CLI, queue message), and the message says what is allowed.
 *
 * @param symmetry the rotational symmetry order: how many copies of the seed segment go round the centre
 * @param open     true for an open mandala: a fractional order (symmetry plus a fraction chosen from the seed), so the
 *                 copies leave a gap instead of closing the circle
 */
public record MandalaOptions(long seed, Integer symmetry, Style style, Palette palette, Integer layers,
                             Background background, Boolean open) {
    public static final int MIN_SYMMETRY = 2;
    public static final int MAX_SYMMETRY = 32;
    public static final int MIN_LAYERS = 1;
    public static final int MAX_LAYERS = 8;

    public MandalaOptions {
        if (symmetry != null && (symmetry < MIN_SYMMETRY || symmetry > MAX_SYMMETRY)) {
            throw new IllegalArgumentException(
                    "symmetry must be between " + MIN_SYMMETRY + " and " + MAX_SYMMETRY);
        }
        if (layers != null && (layers < MIN_LAYERS || layers > MAX_LAYERS)) {
            throw new IllegalArgumentException("layers must be between " + MIN_LAYERS + " and " + MAX_LAYERS);
        }
    }

    /** Options of a closed mandala, as before open mandalas existed. */
    public MandalaOptions(long seed, Integer symmetry, Style style, Palette palette, Integer layers,
                          Background background) {
        this(seed, symmetry, style, palette, layers, background, null);
    }

    /** Only a seed: everything else follows from it. */
    public static MandalaOptions ofSeed(long seed) {
        return new MandalaOptions(seed, null, null, null, null, null, null);
    }

    /** The same options with another seed, for a series such as a contact sheet. */
    public MandalaOptions withSeed(long newSeed) {
        return new MandalaOptions(newSeed, symmetry, style, palette, layers, background, open);
    }

    /** A short human description, shown under the image so a user can ask for the same one again. */
    public String caption() {
        StringBuilder sb = new StringBuilder("seed ").append(seed);
        if (symmetry != null) {
            sb.append(" · symmetry ").append(symmetry);
        }
        if (Boolean.TRUE.equals(open)) {
            sb.append(" · open");
        }
        if (style != null) {
            sb.append(" · ").append(style.key());
        }
        if (palette != null) {
            sb.append(" · ").append(palette.key());
        }
        if (layers != null) {
            sb.append(" · ").append(layers).append(layers == 1 ? " layer" : " layers");
        }
        if (background != null) {
            sb.append(" · ").append(background.key());
        }
        return sb.toString();
    }
}
