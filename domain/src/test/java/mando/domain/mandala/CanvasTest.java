package mando.domain.mandala;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class CanvasTest {
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFF;

    @Test
    void paint_squareOnPixelGrid_coversExactlyItsPixels() {
        Canvas canvas = new Canvas(8, 8, BLACK);
        canvas.polygon(new double[] {2, 2, 6, 2, 6, 6, 2, 6}, 4, false);
        canvas.paint(WHITE);

        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                boolean inside = x >= 2 && x < 6 && y >= 2 && y < 6;
                assertEquals(inside ? 0xFFFFFFFF : BLACK, canvas.pixels()[y * 8 + x], "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void paint_edgeThroughPixelMiddle_blendsHalf() {
        Canvas canvas = new Canvas(4, 4, BLACK);
        canvas.polygon(new double[] {0, 0, 1.5, 0, 1.5, 4, 0, 4}, 4, false);
        canvas.paint(WHITE);

        assertEquals(0xFF808080, canvas.pixels()[1]);
        assertEquals(BLACK, canvas.pixels()[2]);
    }

    @Test
    void paint_oppositeWindings_bothFilled() {
        Canvas clockwise = new Canvas(8, 8, BLACK);
        clockwise.polygon(new double[] {2, 2, 2, 6, 6, 6, 6, 2}, 4, false);
        clockwise.paint(WHITE);
        Canvas anticlockwise = new Canvas(8, 8, BLACK);
        anticlockwise.polygon(new double[] {2, 2, 6, 2, 6, 6, 2, 6}, 4, false);
        anticlockwise.paint(WHITE);

        assertEquals(java.util.Arrays.toString(anticlockwise.pixels()), java.util.Arrays.toString(clockwise.pixels()));
    }

    @Test
    void stroke_overlappingPieces_countOnce() {
        Canvas canvas = new Canvas(16, 16, BLACK);
        // A polyline that doubles back over itself: where pieces overlap, the pixel is still plain white.
        canvas.stroke(new double[] {2, 8, 14, 8, 4, 8}, 3, 2, true);
        canvas.paint(WHITE);

        assertEquals(0xFFFFFFFF, canvas.pixels()[8 * 16 + 8]);
        assertEquals(BLACK, canvas.pixels()[2 * 16 + 8]);
    }

    @Test
    void over_transparentBackground_keepsColourAndTakesCoverageAsAlpha() {
        assertEquals(0x80FF0000, Canvas.over(0x00000000, 0xFF0000, 128));
        assertEquals(0xFFFF0000, Canvas.over(0x00000000, 0xFF0000, 255));
    }

    @Test
    void paint_shapePartlyOutsideCanvas_isClippedWithoutError() {
        Canvas canvas = new Canvas(8, 8, BLACK);
        canvas.polygon(new double[] {-20, -20, 30, -20, 30, 30, -20, 30}, 4, false);
        canvas.paint(WHITE);

        for (int p : canvas.pixels()) {
            assertEquals(0xFFFFFFFF, p);
        }
    }
}
