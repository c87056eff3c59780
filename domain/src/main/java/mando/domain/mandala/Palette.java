package mando.domain.mandala;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Named colour maps; a layer's colour is sampled from the map at its position among the layers. */
public enum Palette {
    VIRIDIS(0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725),
    MAGMA(0x000004, 0x51127C, 0xB73779, 0xFC8961, 0xFCFDBF),
    INFERNO(0x000004, 0x420A68, 0x932667, 0xDD513A, 0xFCA50A, 0xFCFFA4),
    PLASMA(0x0D0887, 0x7E03A8, 0xCC4778, 0xF89540, 0xF0F921),
    CIVIDIS(0x00224E, 0x35456C, 0x666970, 0x948E77, 0xC8B866, 0xFEE838),
    TURBO(0x30123B, 0x4686FB, 0x1AE4B6, 0xA2FC3C, 0xFABA39, 0xE4460A, 0x7A0403),
    SPECTRAL(0x9E0142, 0xF46D43, 0xFEE08B, 0xE6F598, 0x66C2A5, 0x5E4FA2),
    TWILIGHT(0xE2D9E2, 0x6F8CC1, 0x5E2B8A, 0xA44C59, 0xE2D9E2),
    RAINBOW(0xFF0000, 0xFFA500, 0xFFFF00, 0x00C000, 0x0000FF, 0x8B00FF),
    /** Bright, saturated colours that stand out on Discord's dark theme. */
    DISCORD_DARK(0x5865F2, 0xEB459E, 0xFEE75C, 0x57F287, 0xFFFFFF),
    /** Deeper colours that keep their contrast on Discord's light theme. */
    DISCORD_LIGHT(0x23272A, 0x4752C4, 0xA12D6B, 0x1F8B4C, 0xC27C0E);

    private final int[] stops;

    Palette(int... stops) {
        this.stops = stops;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The colour (0xRRGGBB) at {@code t} in [0, 1], interpolated between the map's stops. */
    public int rgbAt(double t) {
        double x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min((int) x, stops.length - 2);
        double f = x - i;
        int a = stops[i];
        int b = stops[i + 1];
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return (r << 16) | (g << 8) | bl;
    }

    public static Palette parse(String key) {
        for (Palette p : values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("palette must be one of " + keys());
    }

    public static String keys() {
        return Arrays.stream(values()).map(Palette::key).collect(Collectors.joining(", "));
    }
}
