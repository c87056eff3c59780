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
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RenderBenchmark {
    private static final int SEEDS = 40;
    private static final MandalaRenderer RENDERER = new MandalaRenderer();

    /** The options of 40 seeds, and which comes next. */
    @State(Scope.Thread)
    public static class Seeds {
        @Param("1024")
        int size;

        final MandalaOptions[] options = new MandalaOptions[SEEDS];
        private int next;

        @Setup
        public void setUp() {
            for (int i = 0; i < SEEDS; i++) {
                options[i] = new MandalaOptions(1000 + i, null, null, null, 3, null);
            }
        }

        int next() {
            int i = next;
            next = (next + 1) % SEEDS;
            return i;
        }
    }

    /** The same 40 mandalas drawn in advance, for the encoders only (the memory check never creates them). */
    @State(Scope.Thread)
    public static class Pictures {
        final Bitmap[] bitmaps = new Bitmap[SEEDS];
        final BufferedImage[] images = new BufferedImage[SEEDS];

        @Setup
        public void setUp(Seeds seeds) {
            for (int i = 0; i < SEEDS; i++) {
                bitmaps[i] = RENDERER.bitmap(seeds.options[i], seeds.size);
                // ImageIO gets an RGB image, as the opaque bitmap becomes an RGB PNG in our encoder too.
                images[i] = new BufferedImage(seeds.size, seeds.size, BufferedImage.TYPE_INT_RGB);
                images[i].setRGB(0, 0, seeds.size, seeds.size, bitmaps[i].argb(), 0, seeds.size);
            }
        }
    }

    @Benchmark
    public Bitmap render(Seeds seeds) {
        return RENDERER.bitmap(seeds.options[seeds.next()], seeds.size);
    }

    @Benchmark
    public byte[] encode(Seeds seeds, Pictures pictures) {
        return PngEncoder.encode(pictures.bitmaps[seeds.next()]);
    }

    @Benchmark
    public byte[] renderAndEncode(Seeds seeds) {
        return RENDERER.png(seeds.options[seeds.next()], seeds.size);
    }

    /** The baseline: the JDK's PNG writer on the same pictures. */
    @Benchmark
    public byte[] encodeImageIo(Seeds seeds, Pictures pictures) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(pictures.images[seeds.next()], "png", out);
        return out.toByteArray();
    }
}
