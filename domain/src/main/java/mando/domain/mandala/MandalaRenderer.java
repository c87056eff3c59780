package mando.domain.mandala;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Draws mandalas: a random seed segment of points on concentric radii, joined in a style and rotated about the
 * centre {@code symmetry} times, one layer per radius. Deterministic: the same options and size give the same pixels.
 */
public final class MandalaRenderer {
    public static final int MIN_SIZE = 64;
    public static final int MAX_SIZE = 4096;
    private static final int[] DEFAULT_ORDERS = {3, 4, 5, 6, 7, 12};

    public BufferedImage render(MandalaOptions options, int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between " + MIN_SIZE + " and " + MAX_SIZE);
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        int order = options.symmetry() != null ? options.symmetry()
                : DEFAULT_ORDERS[random.nextInt(DEFAULT_ORDERS.length)];
        Style style = options.style() != null ? options.style() : Style.values()[random.nextInt(Style.values().length)];
        Palette palette = options.palette() != null ? options.palette()
                : Palette.values()[random.nextInt(Palette.values().length)];
        int layers = options.layers() != null ? options.layers() : 3;
        Background background = options.background() != null ? options.background() : Background.DARK;

        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(background.argb(), true));
            g.fillRect(0, 0, size, size);
            g.translate(size / 2.0, size / 2.0);
            g.setStroke(new BasicStroke(Math.max(1f, size / 256f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double maxRadius = size * 0.48;
            // Outer layers first, so inner ones stay visible on top.
            for (int layer = layers - 1; layer >= 0; layer--) {
                double radius = maxRadius * (layer + 1) / layers;
                Path2D segment = seedSegment(random, radius, order, 3 + random.nextInt(4), style);
                g.setColor(new Color(palette.rgbAt(layers == 1 ? 0.5 : (double) layer / (layers - 1))));
                for (int k = 0; k < order; k++) {
                    Path2D copy = (Path2D) segment.clone();
                    copy.transform(AffineTransform.getRotateInstance(2 * Math.PI * k / order));
                    if (style == Style.FILL || style == Style.BEZIER_FILL) {
                        g.fill(copy);
                    } else {
                        g.draw(copy);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public byte[] png(MandalaOptions options, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(options, size), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** 2n points on the radii r*k/n, half along the x axis and half along the ray at 2*pi/order, shuffled. */
    private static Path2D seedSegment(SplittableRandom random, double radius, int order, int n, Style style) {
        double angle = 2 * Math.PI / order;
        double[][] points = new double[2 * n][];
        for (int k = 1; k <= n; k++) {
            double r = radius * k / n;
            points[2 * (k - 1)] = new double[] {r, 0};
            points[2 * (k - 1) + 1] = new double[] {r * Math.cos(angle), r * Math.sin(angle)};
        }
        for (int i = points.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double[] t = points[i];
            points[i] = points[j];
            points[j] = t;
        }
        Path2D path = new Path2D.Double();
        path.moveTo(points[0][0], points[0][1]);
        if (style == Style.BEZIER || style == Style.BEZIER_FILL) {
            for (int i = 1; i + 2 < points.length; i += 3) {
                path.curveTo(points[i][0], points[i][1], points[i + 1][0], points[i + 1][1],
                        points[i + 2][0], points[i + 2][1]);
            }
        } else {
            for (int i = 1; i < points.length; i++) {
                path.lineTo(points[i][0], points[i][1]);
            }
        }
        if (style == Style.FILL || style == Style.BEZIER_FILL) {
            path.closePath();
        }
        return path;
    }
}
