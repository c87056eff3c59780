package mando.benchmarks;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import mando.domain.mandala.Bitmap;
import mando.domain.mandala.MandalaOptions;
import mando.domain.mandala.MandalaRenderer;
import mando.domain.mandala.PngEncoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the image-generator pays for: drawing a 3-layer colour mandala and encoding it as PNG, separately and together,
 * next to the JDK's ImageIO PNG writer on the same pictures. Each call takes the next of 40 seeds, so every figure
 * is a mix of orders, styles and palettes, as in the comparison with RandomMandala.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RenderBenchmark {
    private static final int SEEDS = 40;

    @Param("1024")
    int size;

    private final MandalaRenderer renderer = new MandalaRenderer();
    private final MandalaOptions[] options = new MandalaOptions[SEEDS];
    private final Bitmap[] bitmaps = new Bitmap[SEEDS];
    private final BufferedImage[] images = new BufferedImage[SEEDS];
    private int next;

    @Setup
    public void setUp() {
        for (int i = 0; i < SEEDS; i++) {
            options[i] = new MandalaOptions(1000 + i, null, null, null, 3, null);
        }
        // Only the encoders need pictures ready; keeping 40 large ones would not fit the memory check's heap.
        if (size <= 1024) {
            for (int i = 0; i < SEEDS; i++) {
                bitmaps[i] = renderer.bitmap(options[i], size);
                images[i] = opaqueImage(bitmaps[i]);
            }
        }
    }

    @Benchmark
    public Bitmap render() {
        return renderer.bitmap(options[next()], size);
    }

    @Benchmark
    public byte[] encode() {
        return PngEncoder.encode(bitmaps[next()]);
    }

    @Benchmark
    public byte[] renderAndEncode() {
        return renderer.png(options[next()], size);
    }

    /** The baseline: the JDK's PNG writer on the same (opaque RGB) pictures. */
    @Benchmark
    public byte[] encodeImageIo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(images[next()], "png", out);
        return out.toByteArray();
    }

    private int next() {
        int i = next;
        next = (next + 1) % SEEDS;
        return i;
    }

    private static BufferedImage opaqueImage(Bitmap bitmap) {
        BufferedImage image = new BufferedImage(bitmap.width(), bitmap.height(), BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, bitmap.width(), bitmap.height(), bitmap.argb(), 0, bitmap.width());
        return image;
    }
}
