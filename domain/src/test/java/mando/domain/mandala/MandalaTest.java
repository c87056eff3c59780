package mando.domain.mandala;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class MandalaTest {

    @Test
    void of_seedOnly_ordersFromTheDefaultsAndEveryStyle() {
        Set<Double> orders = IntStream.range(0, 500).mapToObj(seed -> Mandala.of(MandalaOptions.ofSeed(seed)))
                .map(m -> m.layers().get(0).order()).collect(Collectors.toSet());
        Set<Style> styles = IntStream.range(0, 500).mapToObj(seed -> Mandala.of(MandalaOptions.ofSeed(seed)))
                .map(m -> m.layers().get(0).style()).collect(Collectors.toSet());

        assertEquals(Set.of(3.0, 4.0, 5.0, 6.0, 7.0, 12.0), orders);
        assertEquals(Set.of(Style.values()), styles);
    }

    @Test
    void of_seedOnly_symmetricSeedAboutSevenTimesInTen() {
        long symmetric = IntStream.range(0, 2000)
                .filter(seed -> Mandala.of(MandalaOptions.ofSeed(seed)).layers().get(0).symmetricSeed()).count();

        assertTrue(symmetric > 1300 && symmetric < 1500, symmetric + " of 2000");
    }

    @Test
    void of_symmetricSeed_pointsMirroredAcrossTheXAxis() {
        Mandala.Layer layer = firstSymmetricLayer(Style.LINE);
        double[] p = layer.points();
        int n = p.length / 2;

        for (int i = 0; i < n / 2; i++) {
            assertEquals(p[2 * i], p[2 * (n - 1 - i)], 1e-12);
            assertEquals(p[2 * i + 1], -p[2 * (n - 1 - i) + 1], 1e-12);
        }
    }

    @Test
    void of_layers_outermostReachesNearTheEdgeAndOrdersAreMultiplesOfTheSymmetry() {
        Mandala mandala = Mandala.of(new MandalaOptions(3, 5, Style.FILL, null, 6, null));

        assertEquals(0.96, maxRadius(mandala.layers().get(0).outline(64)), 1e-9);
        for (Mandala.Layer layer : mandala.layers()) {
            assertEquals(0, layer.order() % 5);
            assertEquals((int) layer.order(), layer.copies());
        }
    }

    @Test
    void of_curvedStyle_curveStillReachesTheLayerRadius() {
        Mandala mandala = Mandala.of(new MandalaOptions(8, null, Style.BEZIER_FILL, null, 3, null));

        assertEquals(0.96, maxRadius(mandala.layers().get(0).outline(64)), 1e-9);
    }

    @Test
    void of_open_fractionalOrderLeavesAGap() {
        for (long seed = 0; seed < 50; seed++) {
            Mandala.Layer layer = Mandala.of(new MandalaOptions(seed, 4, null, null, 2, null, true)).layers().get(0);

            assertTrue(layer.order() > 4 && layer.order() < 5, "order " + layer.order());
            int sectors = layer.copies() + (layer.symmetricSeed() ? 1 : 0);
            assertTrue(sectors * 2 * Math.PI / layer.order() < 2 * Math.PI, "copies " + layer.copies());
        }
    }

    @Test
    void of_fixingOneOption_keepsTheOthersAsTheSeedChoseThem() {
        Mandala chosen = Mandala.of(MandalaOptions.ofSeed(77));
        Style other = chosen.layers().get(0).style() == Style.FILL ? Style.LINE : Style.FILL;

        Mandala fixed = Mandala.of(new MandalaOptions(77, null, other, null, null, null));

        assertEquals(chosen.layers().size(), fixed.layers().size());
        for (int i = 0; i < chosen.layers().size(); i++) {
            assertEquals(chosen.layers().get(i).order(), fixed.layers().get(i).order());
            assertEquals(chosen.layers().get(i).rgb(), fixed.layers().get(i).rgb());
        }
        assertNotEquals(chosen.layers().get(0).style(), fixed.layers().get(0).style());
    }

    @Test
    void outline_curvedStyle_startsAndEndsAtTheEndControlPoints() {
        Mandala.Layer layer = Mandala.of(new MandalaOptions(4, null, Style.BEZIER, null, 1, null)).layers().get(0);
        double[] points = layer.points();
        double[] curve = layer.outline(50);

        assertArrayEquals(Arrays.copyOf(points, 2), Arrays.copyOf(curve, 2), 1e-12);
        assertArrayEquals(Arrays.copyOfRange(points, points.length - 2, points.length),
                Arrays.copyOfRange(curve, curve.length - 2, curve.length), 1e-12);
    }

    private static Mandala.Layer firstSymmetricLayer(Style style) {
        for (long seed = 0; ; seed++) {
            Mandala.Layer layer = Mandala.of(new MandalaOptions(seed, null, style, null, 1, null)).layers().get(0);
            if (layer.symmetricSeed()) {
                return layer;
            }
        }
    }

    private static double maxRadius(double[] xy) {
        double max = 0;
        for (int i = 0; i < xy.length; i += 2) {
            max = Math.max(max, Math.hypot(xy[i], xy[i + 1]));
        }
        return max;
    }
}
