package mando.domain.mandala;

import java.util.Arrays;

/**
 * An anti-aliased scanline rasterizer with exact area coverage. Shapes are outlined with {@link #polygon} and
 * {@link #stroke}, then painted with {@link #paint}: overlapping parts of one shape count once (non-zero rule), and
 * shapes painted one after the other overlap like separate fills in any drawing library.
 *
 * <p>It exists instead of Java2D for two reasons: Java2D's output changes between JDK releases (so a seed would not
 * give the same bytes everywhere), and a rasterizer that does only this is several times faster. It uses float and
 * int arithmetic only, which Java defines bit for bit on every platform.
 */
final class Canvas {
    private final int width;
    private final int height;
    private final int stride;
    private final int[] pixels;
    /** Signed area each edge leaves in a cell; a running sum along a row gives the pixel's coverage. */
    private final float[] cover;
    /** The cells of each row that edges touched since the last paint, so painting skips empty space. */
    private final int[] rowStart;
    private final int[] rowEnd;
    private int top;
    private int bottom;
    private double[] unitCircle = new double[0];
    private final double[] quad = new double[8];
    private double[] discPoints = new double[0];

    Canvas(int width, int height, int background) {
        this.width = width;
        this.height = height;
        this.stride = width + 2;
        this.pixels = new int[width * height];
        this.cover = new float[stride * height];
        this.rowStart = new int[height];
        this.rowEnd = new int[height];
        Arrays.fill(pixels, background);
        resetRows();
    }

    int[] pixels() {
        return pixels;
    }

    /** Adds a closed polygon of {@code n} points (x, y pairs in pixels); {@code positive} orients it counter-clockwise. */
    void polygon(double[] xy, int n, boolean positive) {
        boolean reverse = positive && signedArea(xy, n) < 0;
        for (int i = 0; i < n; i++) {
            int a = reverse ? n - 1 - i : i;
            int b = reverse ? (a + n - 1) % n : (a + 1) % n;
            edge(xy[2 * a], xy[2 * a + 1], xy[2 * b], xy[2 * b + 1]);
        }
    }

    /**
     * Adds the outline of a polyline drawn with a pen {@code 2 * halfWidth} wide and round ends. Joins are round when
     * {@code roundJoins}, else bevelled, which looks the same on the gentle turns of a flattened curve and costs less.
     * Every piece is oriented the same way, so where they overlap they still count once.
     */
    void stroke(double[] xy, int n, double halfWidth, boolean roundJoins) {
        double[] piece = quad;
        for (int i = 0; i + 1 < n; i++) {
            double x0 = xy[2 * i];
            double y0 = xy[2 * i + 1];
            double dx = xy[2 * i + 2] - x0;
            double dy = xy[2 * i + 3] - y0;
            double length = Math.sqrt(dx * dx + dy * dy);
            if (length < 1e-9) {
                continue;
            }
            double nx = -dy / length * halfWidth;
            double ny = dx / length * halfWidth;
            piece[0] = x0 + nx;
            piece[1] = y0 + ny;
            piece[2] = x0 + dx + nx;
            piece[3] = y0 + dy + ny;
            piece[4] = x0 + dx - nx;
            piece[5] = y0 + dy - ny;
            piece[6] = x0 - nx;
            piece[7] = y0 - ny;
            polygon(piece, 4, true);
            if (i > 0 && !roundJoins) {
                bevel(xy, i, halfWidth, piece);
            }
        }
        for (int i = 0; i < n; i++) {
            if (roundJoins || i == 0 || i == n - 1) {
                disc(xy[2 * i], xy[2 * i + 1], halfWidth);
            }
        }
    }

    /** Paints what was added since the last paint in an opaque 0xRRGGBB colour, and clears it. */
    void paint(int rgb) {
        int color = 0xFF000000 | rgb;
        for (int y = top; y <= bottom; y++) {
            int start = rowStart[y];
            int end = rowEnd[y];
            if (end < start) {
                continue;
            }
            int cell = y * stride;
            int pixel = y * width;
            float sum = 0;
            int last = Math.min(end, width - 1);
            for (int x = start; x <= last; x++) {
                float c = cover[cell + x];
                if (c != 0) {
                    // Most cells lie between edges and hold nothing: they are only read.
                    sum += c;
                    cover[cell + x] = 0;
                }
                float coverage = Math.abs(sum);
                if (coverage >= 0.998f) {
                    pixels[pixel + x] = color;
                } else if (coverage > 0.002f) {
                    pixels[pixel + x] = over(pixels[pixel + x], rgb, (int) (coverage * 255 + 0.5f));
                }
            }
            for (int x = last + 1; x <= end; x++) {
                cover[cell + x] = 0;
            }
            rowStart[y] = Integer.MAX_VALUE;
            rowEnd[y] = -1;
        }
        top = height;
        bottom = -1;
    }

    /** Source-over of an opaque colour at {@code alpha} (0..255) onto a non-premultiplied pixel, in integers. */
    static int over(int dst, int rgb, int alpha) {
        int da = dst >>> 24;
        if (da == 255) {
            return 0xFF000000 | mix(dst >> 16, rgb >> 16, alpha) << 16 | mix(dst >> 8, rgb >> 8, alpha) << 8
                    | mix(dst, rgb, alpha);
        }
        int keep = da * (255 - alpha);
        int outA = alpha * 255 + keep;
        if (outA == 0) {
            return 0;
        }
        int r = (((rgb >> 16) & 0xFF) * alpha * 255 + ((dst >> 16) & 0xFF) * keep + outA / 2) / outA;
        int g = (((rgb >> 8) & 0xFF) * alpha * 255 + ((dst >> 8) & 0xFF) * keep + outA / 2) / outA;
        int b = ((rgb & 0xFF) * alpha * 255 + (dst & 0xFF) * keep + outA / 2) / outA;
        return ((outA + 127) / 255) << 24 | r << 16 | g << 8 | b;
    }

    private static int mix(int dst, int src, int alpha) {
        int d = dst & 0xFF;
        int delta = ((src & 0xFF) - d) * alpha;
        return d + (delta + (delta >= 0 ? 127 : -127)) / 255;
    }

    private void bevel(double[] xy, int i, double halfWidth, double[] piece) {
        double px = xy[2 * i];
        double py = xy[2 * i + 1];
        double ax = px - xy[2 * i - 2];
        double ay = py - xy[2 * i - 1];
        double la = Math.sqrt(ax * ax + ay * ay);
        if (la < 1e-9) {
            return;
        }
        double bx = xy[2 * i + 2] - px;
        double by = xy[2 * i + 3] - py;
        double lb = Math.sqrt(bx * bx + by * by);
        double s = halfWidth / la;
        double t = halfWidth / lb;
        for (int side = -1; side <= 1; side += 2) {
            piece[0] = px;
            piece[1] = py;
            piece[2] = px - ay * s * side;
            piece[3] = py + ax * s * side;
            piece[4] = px - by * t * side;
            piece[5] = py + bx * t * side;
            polygon(piece, 3, true);
        }
    }

    private void disc(double cx, double cy, double radius) {
        // Enough sides that the polygon stays within a tenth of a pixel of the circle.
        int sides = (int) Math.max(8, Math.min(64, Math.ceil(Math.PI / Math.sqrt(0.2 / Math.max(radius, 0.1)))));
        if (unitCircle.length != 2 * sides) {
            unitCircle = new double[2 * sides];
            for (int i = 0; i < sides; i++) {
                unitCircle[2 * i] = StrictMath.cos(2 * Math.PI * i / sides);
                unitCircle[2 * i + 1] = StrictMath.sin(2 * Math.PI * i / sides);
            }
        }
        if (discPoints.length < 2 * sides) {
            discPoints = new double[2 * sides];
        }
        double[] points = discPoints;
        for (int i = 0; i < 2 * sides; i += 2) {
            points[i] = cx + radius * unitCircle[i];
            points[i + 1] = cy + radius * unitCircle[i + 1];
        }
        polygon(points, sides, true);
    }

    private static double signedArea(double[] xy, int n) {
        double area = 0;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            area += xy[2 * j] * xy[2 * i + 1] - xy[2 * i] * xy[2 * j + 1];
        }
        return area;
    }

    /** Accumulates the signed area an edge covers in each cell it crosses (outside the canvas it is clamped in). */
    private void edge(double ax, double ay, double bx, double by) {
        float x0 = clamp(ax, width);
        float y0 = clamp(ay, height);
        float x1 = clamp(bx, width);
        float y1 = clamp(by, height);
        if (y0 == y1) {
            return;
        }
        float dir = 1;
        if (y0 > y1) {
            float t = x0;
            x0 = x1;
            x1 = t;
            t = y0;
            y0 = y1;
            y1 = t;
            dir = -1;
        }
        float dxdy = (x1 - x0) / (y1 - y0);
        float x = x0;
        int yEnd = Math.min(height, (int) Math.ceil(y1));
        for (int y = (int) y0; y < yEnd; y++) {
            float dy = Math.min(y + 1, y1) - Math.max(y, y0);
            float xNext = x + dxdy * dy;
            float d = dy * dir;
            float left = Math.min(x, xNext);
            float right = Math.max(x, xNext);
            int first = (int) left;
            int last = (int) Math.ceil(right);
            int row = y * stride;
            touch(y, first, Math.max(last, first + 1));
            if (last <= first + 1) {
                float mid = 0.5f * (x + xNext) - first;
                cover[row + first] += d - d * mid;
                cover[row + first + 1] += d * mid;
            } else {
                float s = 1 / (right - left);
                float fl = left - first;
                float a0 = 0.5f * s * (1 - fl) * (1 - fl);
                float fr = right - last + 1;
                float am = 0.5f * s * fr * fr;
                cover[row + first] += d * a0;
                if (last == first + 2) {
                    cover[row + first + 1] += d * (1 - a0 - am);
                } else {
                    float a1 = s * (1.5f - fl);
                    cover[row + first + 1] += d * (a1 - a0);
                    for (int xi = first + 2; xi < last - 1; xi++) {
                        cover[row + xi] += d * s;
                    }
                    float a2 = a1 + (last - first - 3) * s;
                    cover[row + last - 1] += d * (1 - a2 - am);
                }
                cover[row + last] += d * am;
            }
            x = xNext;
        }
    }

    private void touch(int y, int start, int end) {
        if (start < rowStart[y]) {
            rowStart[y] = start;
        }
        if (end > rowEnd[y]) {
            rowEnd[y] = end;
        }
        if (y < top) {
            top = y;
        }
        if (y > bottom) {
            bottom = y;
        }
    }

    private void resetRows() {
        Arrays.fill(rowStart, Integer.MAX_VALUE);
        Arrays.fill(rowEnd, -1);
        top = height;
        bottom = -1;
    }

    private static float clamp(double v, int max) {
        return (float) Math.max(0, Math.min(max, v));
    }
}
