package mando.domain.mandala;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

final class PngEncoderTest {

    @Test
    void encode_opaqueMandala_decodesToTheSamePixels() throws IOException {
        Bitmap bitmap = new MandalaRenderer().bitmap(MandalaOptions.ofSeed(11), 301);

        assertSamePixels(bitmap, decode(PngEncoder.encode(bitmap)));
    }

    @Test
    void encode_transparentMandala_decodesToTheSamePixelsWithAlpha() throws IOException {
        Bitmap bitmap = new MandalaRenderer().bitmap(
                new MandalaOptions(12, null, Style.BEZIER, null, 4, Background.TRANSPARENT), 257);
        BufferedImage decoded = decode(PngEncoder.encode(bitmap));

        assertEquals(BufferedImage.TYPE_4BYTE_ABGR, decoded.getType());
        assertSamePixels(bitmap, decoded);
    }

    @Test
    void encode_noisePixels_decodesToTheSamePixels() throws IOException {
        // No runs at all: every byte is a literal, the worst case for this encoder.
        SplittableRandom random = new SplittableRandom(1);
        int[] argb = new int[97 * 61];
        Arrays.setAll(argb, i -> random.nextInt());
        Bitmap bitmap = new Bitmap(97, 61, argb, false);

        assertSamePixels(bitmap, decode(PngEncoder.encode(bitmap)));
    }

    @Test
    void encode_oneColour_compressesLongRunsToAlmostNothing() throws IOException {
        int[] argb = new int[4096 * 64];
        Arrays.fill(argb, 0xFF1E1F22);
        Bitmap bitmap = new Bitmap(4096, 64, argb, true);

        byte[] png = PngEncoder.encode(bitmap);

        assertTrue(png.length < 8_000, "size " + png.length);
        assertSamePixels(bitmap, decode(png));
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static void assertSamePixels(Bitmap expected, BufferedImage actual) {
        assertEquals(expected.width(), actual.getWidth());
        assertEquals(expected.height(), actual.getHeight());
        for (int y = 0; y < expected.height(); y++) {
            for (int x = 0; x < expected.width(); x++) {
                int want = expected.pixel(x, y);
                int got = actual.getRGB(x, y);
                if (want >>> 24 == 0) {
                    assertEquals(0, got >>> 24, "alpha at " + x + "," + y);
                } else if (want != got) {
                    assertEquals(Integer.toHexString(want), Integer.toHexString(got), "pixel " + x + "," + y);
                }
            }
        }
    }
}
