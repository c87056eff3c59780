package mando.domain.mandala;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Draws mandalas as PNG, as SVG, or many at once on a contact sheet. Deterministic: the same options and size give
 * the same bytes on every run and every machine, because the rasterizer ({@link Canvas}) and the design
 * ({@link Mandala}) use only arithmetic that Java defines exactly.
 */
public final class MandalaRenderer {
    public static final int MIN_SIZE = 64;
    public static final int MAX_SIZE = 4096;
    public static final int MAX_COUNT = 64;

    /** The pixels, for callers that encode them themselves (benchmarks, contact sheets). */
    public Bitmap bitmap(MandalaOptions options, int size) {
        checkSize(size);
        return draw(Mandala.of(options), size);
    }

    public BufferedImage render(MandalaOptions options, int size) {
        return bitmap(options, size).toImage();
    }

    public byte[] png(MandalaOptions options, int size) {
        return PngEncoder.encode(bitmap(options, size));
    }

    /** The same mandala as scalable vector graphics: an SVG document of {@code size} by {@code size} pixels. */
    public String svg(MandalaOptions options, int size) {
        checkSize(size);
        return SvgWriter.write(Mandala.of(options), size);
    }

    /**
     * {@code count} mandalas with the seeds {@code options.seed()}, {@code +1}, ..., in a square grid on a sheet at
     * most {@code size} pixels wide; the other options apply to all of them.
     */
    public Bitmap contactSheet(MandalaOptions options, int count, int size) {
        checkSize(size);
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be between 1 and " + MAX_COUNT);
        }
        int columns = (int) Math.ceil(Math.sqrt(count));
        int rows = (count + columns - 1) / columns;
        int cell = size / columns;
        if (cell < MIN_SIZE) {
            throw new IllegalArgumentException("size must be at least " + MIN_SIZE * columns + " for " + count
                    + " mandalas");
        }
        Background background = options.background() != null ? options.background() : Background.DARK;
        int[] sheet = new int[columns * cell * rows * cell];
        Arrays.fill(sheet, background.argb());
        for (int i = 0; i < count; i++) {
            Bitmap one = draw(Mandala.of(options.withSeed(options.seed() + i)), cell);
            int left = (i % columns) * cell;
            int top = (i / columns) * cell;
            for (int y = 0; y < cell; y++) {
                System.arraycopy(one.argb(), y * cell, sheet, (top + y) * columns * cell + left, cell);
            }
        }
        return new Bitmap(columns * cell, rows * cell, sheet, isOpaque(background));
    }

    public byte[] contactSheetPng(MandalaOptions options, int count, int size) {
        return PngEncoder.encode(contactSheet(options, count, size));
    }

    private static Bitmap draw(Mandala mandala, int size) {
        Canvas canvas = new Canvas(size, size, mandala.background().argb());
        double half = size / 2.0;
        int samples = 32 + size / 16;
        for (Mandala.Layer layer : mandala.layers()) {
            double[] outline = layer.outline(samples);
            int n = outline.length / 2;
            double[] copy = new double[outline.length];
            // A pen of at least one pixel, so small images keep their lines.
            double halfWidth = Math.max(0.5, layer.strokeWidth() * half / 2);
            for (int c = 0; c < layer.copies(); c++) {
                double cos = StrictMath.cos(layer.angle(c));
                double sin = StrictMath.sin(layer.angle(c));
                for (int i = 0; i < n; i++) {
                    double x = outline[2 * i];
                    double y = outline[2 * i + 1];
                    copy[2 * i] = half + (x * cos - y * sin) * half;
                    copy[2 * i + 1] = half - (x * sin + y * cos) * half;
                }
                if (layer.style().filled()) {
                    canvas.polygon(copy, n, false);
                    // A filled copy may wind either way round, and two copies winding in opposite directions would
                    // cancel where they overlap: each is painted on its own, like a separate shape.
                    canvas.paint(layer.rgb());
                } else {
                    canvas.stroke(copy, n, halfWidth, !layer.style().curved());
                }
            }
            // Strokes all wind the same way, so all copies of a layer are painted at once, which is much cheaper.
            canvas.paint(layer.rgb());
        }
        return new Bitmap(size, size, canvas.pixels(), isOpaque(mandala.background()));
    }

    private static boolean isOpaque(Background background) {
        return background.argb() >>> 24 == 0xFF;
    }

    private static void checkSize(int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between " + MIN_SIZE + " and " + MAX_SIZE);
        }
    }
}
