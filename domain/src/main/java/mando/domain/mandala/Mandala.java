package mando.domain.mandala;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The vector form of a mandala: every choice made from the options and the seed, before anything is drawn. Lengths
 * are in units of half the canvas, centred on the origin with y up, so one design serves every size and format.
 */
public record Mandala(Background background, List<Layer> layers) {
    static final int[] DEFAULT_ORDERS = {3, 4, 5, 6, 7, 12};
    private static final double SYMMETRIC_SEED_CHANCE = 0.7;
    /** How far the outermost points reach: close to the edge, so the mandala fills the canvas. */
    private static final double OUTER_RADIUS = 0.96;
    private static final double STROKE_WIDTH = 0.012;

    public Mandala {
        layers = List.copyOf(layers);
    }

    public static Mandala of(MandalaOptions options) {
        SplittableRandom random = new SplittableRandom(options.seed());
        // Every choice is drawn whether or not the user fixed it, so fixing one option keeps the others as they were.
        int order = or(options.symmetry(), DEFAULT_ORDERS[random.nextInt(DEFAULT_ORDERS.length)]);
        Style style = or(options.style(), Style.values()[random.nextInt(Style.values().length)]);
        Palette palette = or(options.palette(), Palette.values()[random.nextInt(Palette.values().length)]);
        int layerCount = or(options.layers(), 2 + random.nextInt(4));
        Background background = or(options.background(), Background.DARK);
        boolean symmetric = random.nextDouble() < SYMMETRIC_SEED_CHANCE;
        int multiple = random.nextBoolean() && 2 * order <= MandalaOptions.MAX_SYMMETRY ? 2 : 1;
        boolean reversed = random.nextBoolean();
        double gap = 0.25 + 0.5 * random.nextDouble();
        boolean open = Boolean.TRUE.equals(options.open());

        List<Layer> layers = new ArrayList<>(layerCount);
        double stroke = style.filled() ? 0 : STROKE_WIDTH;
        for (int i = 0; i < layerCount; i++) {
            // Orders cycle between k and a multiple of k, so the whole mandala keeps its k-fold symmetry.
            double layerOrder = open ? order + gap : order * (i % 2 == 1 ? multiple : 1);
            double radius = (OUTER_RADIUS - stroke / 2) * (layerCount - i) / layerCount;
            int elements = 3 + random.nextInt(4);
            double t = layerCount == 1 ? 0.5 : (double) i / (layerCount - 1);
            int rgb = palette.rgbAt(colourPosition(reversed ? 1 - t : t, background));
            double[] points = seedSegment(random, radius, layerOrder, elements, symmetric);
            if (style.curved()) {
                reach(points, radius);
            }
            layers.add(new Layer(style, layerOrder, symmetric, rgb, stroke, points));
        }
        return new Mandala(background, layers);
    }

    /** Keeps clear of the end of a colour map that would vanish into the background (black on dark, pale on light). */
    private static double colourPosition(double t, Background background) {
        return background == Background.LIGHT ? 0.75 * t : 0.3 + 0.7 * t;
    }

    /**
     * 2n points on the radii r*k/n, n along the x axis and n along the ray at 2*pi/order, in random order; a symmetric
     * seed continues with the same points mirrored across the x axis, in reverse, so the outline runs on unbroken.
     */
    private static double[] seedSegment(SplittableRandom random, double radius, double order, int elements,
                                        boolean symmetric) {
        double cos = StrictMath.cos(2 * Math.PI / order);
        double sin = StrictMath.sin(2 * Math.PI / order);
        int n = 2 * elements;
        double[] xy = new double[2 * n];
        for (int k = 1; k <= elements; k++) {
            double r = radius * k / elements;
            int i = 4 * (k - 1);
            xy[i] = r;
            xy[i + 2] = r * cos;
            xy[i + 3] = r * sin;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            xy[2 * i] = xy[2 * j];
            xy[2 * i + 1] = xy[2 * j + 1];
            xy[2 * j] = x;
            xy[2 * j + 1] = y;
        }
        if (!symmetric) {
            return xy;
        }
        double[] both = Arrays.copyOf(xy, 4 * n);
        for (int i = 0; i < n; i++) {
            both[2 * (n + i)] = xy[2 * (n - 1 - i)];
            both[2 * (n + i) + 1] = -xy[2 * (n - 1 - i) + 1];
        }
        return both;
    }

    /** A curve stays well inside its control points; scaling them lets it reach the layer's radius all the same. */
    private static void reach(double[] points, double radius) {
        double[] curve = Layer.bezier(points, 64);
        double max = 0;
        for (int i = 0; i < curve.length; i += 2) {
            max = Math.max(max, Math.sqrt(curve[i] * curve[i] + curve[i + 1] * curve[i + 1]));
        }
        for (int i = 0; i < points.length; i++) {
            points[i] *= radius / max;
        }
    }

    private static <T> T or(T chosen, T fromSeed) {
        return chosen != null ? chosen : fromSeed;
    }

    /**
     * One ring of the mandala: a seed segment rotated round the centre.
     *
     * @param order       rotational symmetry order; a fractional order makes an open mandala
     * @param points      the seed segment's points as x, y pairs (control points for a curved style)
     * @param strokeWidth the pen's width for line styles, 0 for filled ones
     */
    public record Layer(Style style, double order, boolean symmetricSeed, int rgb, double strokeWidth,
                        double[] points) {
        /** All copies for a whole order; for a fractional one, as many as fit before the circle would close. */
        public int copies() {
            int whole = (int) Math.floor(order);
            if (whole == order) {
                return whole;
            }
            // A symmetric seed reaches one sector further, below the x axis.
            return Math.max(1, symmetricSeed ? whole - 1 : whole);
        }

        /** The angle of the copy {@code index}, in radians anticlockwise. */
        public double angle(int index) {
            return 2 * Math.PI * index / order;
        }

        /** The seed segment as a polyline: its points, or for a curved style {@code samples} points along the curve. */
        public double[] outline(int samples) {
            return style.curved() ? bezier(points, samples) : points.clone();
        }

        /** One Bezier curve with all the points as control points, evaluated by de Casteljau's stable algorithm. */
        static double[] bezier(double[] control, int samples) {
            int n = control.length / 2;
            double[] out = new double[2 * samples];
            double[] work = new double[control.length];
            for (int s = 0; s < samples; s++) {
                double t = (double) s / (samples - 1);
                System.arraycopy(control, 0, work, 0, control.length);
                for (int level = n - 1; level > 0; level--) {
                    for (int i = 0; i < 2 * level; i++) {
                        work[i] += t * (work[i + 2] - work[i]);
                    }
                }
                out[2 * s] = work[0];
                out[2 * s + 1] = work[1];
            }
            return out;
        }
    }
}
