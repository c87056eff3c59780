package mando.domain.mandala;

import java.awt.image.BufferedImage;

/**
 * A square-cornered block of pixels, one non-premultiplied ARGB int each, row by row. The array is shared, not
 * copied: a bitmap is handed from the renderer to an encoder and not changed after.
 *
 * @param opaque true when every pixel has alpha 255, so an encoder may drop the alpha channel
 */
public record Bitmap(int width, int height, int[] argb, boolean opaque) {
    public Bitmap {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("bitmap of " + width + "x" + height + " needs that many pixels");
        }
    }

    public int pixel(int x, int y) {
        return argb[y * width + x];
    }

    /** A copy as a Java2D image, for callers that want to draw on or inspect it with the usual tools. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }
}
