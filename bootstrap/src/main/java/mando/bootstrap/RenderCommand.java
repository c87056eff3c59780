package mando.bootstrap;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import mando.application.AcceptInteraction;
import mando.domain.mandala.Background;
import mando.domain.mandala.MandalaOptions;
import mando.domain.mandala.MandalaRenderer;
import mando.domain.mandala.Palette;
import mando.domain.mandala.Style;

/** {@code mando.jar render}: writes one mandala (PNG or SVG) or a contact sheet of many to a file. */
public final class RenderCommand {
    static final int USAGE_ERROR = 2;
    static final int IO_ERROR = 1;

    static final String USAGE = """
            usage: mando.jar render [options]
              --seed N            the seed (0 to %d); default: a new one, printed
              --size N            width and height in pixels, %d to %d (default 1024)
              -o FILE             output file (default mandala.png, or mandala.svg with --format svg)
              --format png|svg    PNG image or SVG vector drawing (default png, or svg for a .svg file)
              --count N           a contact sheet of N mandalas (seeds N, N+1, ...), 1 to %d, PNG only
              --symmetry N        rotational symmetry order, %d to %d (default: from the seed)
              --open              an open mandala: a fractional order leaves a gap
              --style S           %s
              --palette P         %s
              --layers N          %d to %d
              --background B      transparent, dark, light (default dark)
              --help              this text
            """.formatted(AcceptInteraction.MAX_SEED, MandalaRenderer.MIN_SIZE, MandalaRenderer.MAX_SIZE,
            MandalaRenderer.MAX_COUNT, MandalaOptions.MIN_SYMMETRY, MandalaOptions.MAX_SYMMETRY, Style.keys(),
            Palette.keys(), MandalaOptions.MIN_LAYERS, MandalaOptions.MAX_LAYERS);

    private RenderCommand() {
    }

    /** Runs the command; returns the process exit code: 0 done, 1 the file could not be written, 2 bad usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = Request.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("mando render: " + e.getMessage() + " (see --help)");
            return USAGE_ERROR;
        }
        if (request == null) {
            out.print(USAGE);
            return 0;
        }
        MandalaRenderer renderer = new MandalaRenderer();
        try {
            byte[] bytes = request.svg
                    ? renderer.svg(request.options, request.size).getBytes(StandardCharsets.UTF_8)
                    : request.count > 1 ? renderer.contactSheetPng(request.options, request.count, request.size)
                    : renderer.png(request.options, request.size);
            Files.write(request.file, bytes);
        } catch (IllegalArgumentException e) {
            err.println("mando render: " + e.getMessage() + " (see --help)");
            return USAGE_ERROR;
        } catch (IOException e) {
            err.println("mando render: cannot write " + request.file + ": " + e.getMessage());
            return IO_ERROR;
        }
        out.println("wrote " + request.file + " (" + request.options.caption()
                + (request.count > 1 ? ", " + request.count + " mandalas" : "") + ")");
        return 0;
    }

    /** The parsed command line; {@code null} from {@link #parse} means help was asked for. */
    private record Request(MandalaOptions options, int size, int count, boolean svg, Path file) {
        static Request parse(String[] args) {
            Long seed = null;
            Integer symmetry = null;
            Integer layers = null;
            Style style = null;
            Palette palette = null;
            Background background = null;
            Boolean open = null;
            int size = 1024;
            int count = 1;
            String format = null;
            String file = null;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (name.equals("--help") || name.equals("-h")) {
                    return null;
                }
                if (name.equals("--open")) {
                    open = true;
                    continue;
                }
                if (!name.startsWith("-")) {
                    throw new IllegalArgumentException("unexpected argument '" + name + "'");
                }
                // The next word is this option's value, unless it is another option (a negative number is not).
                if (i + 1 >= args.length || args[i + 1].matches("-+[a-z].*")) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = args[++i];
                switch (name) {
                    case "--seed" -> seed = number(name, value, 0, AcceptInteraction.MAX_SEED);
                    case "--size" -> size = (int) number(name, value, MandalaRenderer.MIN_SIZE,
                            MandalaRenderer.MAX_SIZE);
                    case "--count" -> count = (int) number(name, value, 1, MandalaRenderer.MAX_COUNT);
                    case "--symmetry" -> symmetry = (int) number(name, value, MandalaOptions.MIN_SYMMETRY,
                            MandalaOptions.MAX_SYMMETRY);
                    case "--layers" -> layers = (int) number(name, value, MandalaOptions.MIN_LAYERS,
                            MandalaOptions.MAX_LAYERS);
                    case "--style" -> style = Style.parse(value);
                    case "--palette" -> palette = Palette.parse(value);
                    case "--background" -> background = Background.parse(value);
                    case "--format" -> format = value;
                    case "-o", "--output" -> file = value;
                    default -> throw new IllegalArgumentException("unknown option '" + name + "'");
                }
            }
            if (format != null && !format.equals("png") && !format.equals("svg")) {
                throw new IllegalArgumentException("format must be png or svg");
            }
            boolean svg = format != null ? format.equals("svg") : file != null && file.endsWith(".svg");
            if (svg && count > 1) {
                throw new IllegalArgumentException("--count makes a PNG contact sheet; it does not work with svg");
            }
            // Without a seed, a new one, small enough to be typed into /mando as well.
            long resolvedSeed = seed != null ? seed : new SplittableRandom().nextLong(AcceptInteraction.MAX_SEED + 1);
            MandalaOptions options = new MandalaOptions(resolvedSeed, symmetry, style, palette, layers, background,
                    open);
            return new Request(options, size, count, svg, Path.of(file != null ? file : svg ? "mandala.svg"
                    : "mandala.png"));
        }

        private static long number(String name, String value, long min, long max) {
            try {
                long n = Long.parseLong(value);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below, with the range
            }
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max);
        }
    }
}
