package mando.domain.mandala;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What lies behind the mandala: nothing, or a colour chosen to sit well on Discord's dark or light theme. */
public enum Background {
    TRANSPARENT(0x00000000),
    DARK(0xFF1E1F22),
    LIGHT(0xFFF2F3F5);

    private final int argb;

    Background(int argb) {
        this.argb = argb;
    }

    public int argb() {
        return argb;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Background parse(String key) {
        for (Background b : values()) {
            if (b.key().equals(key)) {
                return b;
            }
        }
        throw new IllegalArgumentException("background must be one of "
                + Arrays.stream(values()).map(Background::key).collect(Collectors.joining(", ")));
    }
}
