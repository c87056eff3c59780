package mando.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import mando.domain.mandala.MandalaOptions;
import mando.domain.mandala.MandalaRenderer;
import mando.domain.mandala.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RenderCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void run_seedSizeAndStyle_writesThatMandalaAsPng() throws Exception {
        Path file = dir.resolve("m.png");

        int code = run("--seed", "42", "--size", "200", "--style", "fill", "-o", file.toString());

        assertEquals(0, code, text(err));
        byte[] expected = new MandalaRenderer().png(new MandalaOptions(42, null, Style.FILL, null, null, null), 200);
        assertArrayEquals(expected, Files.readAllBytes(file));
        assertTrue(text(out).startsWith("wrote " + file + " (seed 42 · fill)"), text(out));
    }

    @Test
    void run_formatSvg_writesWellFormedSvg() throws Exception {
        Path file = dir.resolve("m.svg");

        int code = run("--seed", "3", "--format", "svg", "--open", "--symmetry", "5", "-o", file.toString());

        assertEquals(0, code, text(err));
        var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", svg.getDocumentElement().getTagName());
    }

    @Test
    void run_count_writesContactSheet() throws Exception {
        Path file = dir.resolve("sheet.png");

        int code = run("--seed", "1", "--count", "9", "--size", "300", "--background", "light", "-o",
                file.toString());

        assertEquals(0, code, text(err));
        var image = ImageIO.read(file.toFile());
        assertEquals(300, image.getWidth());
        assertEquals(300, image.getHeight());
    }

    @Test
    void run_noSeed_printsTheChosenSeedSoItCanBeRepeated() throws Exception {
        Path file = dir.resolve("m.png");

        assertEquals(0, run("--size", "64", "-o", file.toString()));

        String seed = text(out).replaceAll("(?s).*\\(seed (\\d+).*", "$1");
        assertArrayEquals(new MandalaRenderer().png(MandalaOptions.ofSeed(Long.parseLong(seed)), 64),
                Files.readAllBytes(file));
    }

    @Test
    void run_help_printsUsageAndSucceeds() {
        assertEquals(0, run("--help"));

        assertTrue(text(out).contains("--palette P"));
        assertEquals("", text(err));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--size 10 | --size must be a whole number from 64 to 4096",
        "--size big | --size must be a whole number from 64 to 4096",
        "--symmetry 40 | --symmetry must be a whole number from 2 to 32",
        "--count 65 | --count must be a whole number from 1 to 64",
        "--style dots | style must be one of line, fill, bezier, bezier_fill",
        "--background blue | background must be one of transparent, dark, light",
        "--format gif | format must be png or svg",
        "--count 4 --format svg | --count makes a PNG contact sheet; it does not work with svg",
        "--count 64 --size 256 | size must be at least 512 for 64 mandalas",
        "--colour red | unknown option '--colour'",
        "--seed | --seed needs a value",
    })
    void run_badValue_oneLineErrorAndExitCode2(String args, String message) {
        String[] argv = (args.trim() + " -o " + dir.resolve("x.png")).split(" ");

        assertEquals(2, RenderCommand.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));

        assertEquals("mando render: " + message + " (see --help)\n", text(err));
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void run_unwritableFile_exitCode1() {
        int code = run("--size", "64", "-o", dir.resolve("missing/dir/m.png").toString());

        assertEquals(1, code);
        assertTrue(text(err).startsWith("mando render: cannot write"), text(err));
    }

    private int run(String... args) {
        return RenderCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
