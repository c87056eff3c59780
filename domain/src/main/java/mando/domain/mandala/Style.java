package mando.domain.mandala;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the points of a mandala's seed segment are joined. */
public enum Style {
    /** A polyline through the points. */
    LINE,
    /** A filled polygon. */
    FILL,
    /** One Bezier curve with all the points as control points. */
    BEZIER,
    /** A filled Bezier shape. */
    BEZIER_FILL;

    /** The name users type: {@code line}, {@code fill}, {@code bezier}, {@code bezier_fill}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the shape is filled rather than drawn with a pen. */
    public boolean filled() {
        return this == FILL || this == BEZIER_FILL;
    }

    /** Whether the points are control points of a curve rather than corners. */
    public boolean curved() {
        return this == BEZIER || this == BEZIER_FILL;
    }

    public static Style parse(String key) {
        for (Style s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("style must be one of " + keys());
    }

    public static String keys() {
        return Arrays.stream(values()).map(Style::key).collect(Collectors.joining(", "));
    }
}
