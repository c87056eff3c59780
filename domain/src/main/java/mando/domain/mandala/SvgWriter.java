package mando.domain.mandala;

import java.util.Locale;

/**
 * Writes a {@link Mandala} as an SVG document: each layer's seed segment once, its rotated copies as {@code <use>}
 * references, so the file stays small and scales without loss.
 */
final class SvgWriter {
    /** Curves become polylines this fine: smooth at any zoom a mandala is looked at. */
    private static final int CURVE_SAMPLES = 160;

    private SvgWriter() {
    }

    static String write(Mandala mandala, int size) {
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" width=\"").append(size).append("\" height=\"").append(size)
                .append("\" viewBox=\"-1 -1 2 2\">\n");
        int background = mandala.background().argb();
        if (background >>> 24 != 0) {
            svg.append("<rect x=\"-1\" y=\"-1\" width=\"2\" height=\"2\" fill=\"").append(hex(background))
                    .append("\"/>\n");
        }
        // The design has y up; SVG has y down.
        svg.append("<g transform=\"scale(1,-1)\">\n");
        int index = 0;
        for (Mandala.Layer layer : mandala.layers()) {
            String id = "layer" + index++;
            svg.append("<path id=\"").append(id).append("\" d=\"");
            double[] outline = layer.outline(CURVE_SAMPLES);
            for (int i = 0; i < outline.length; i += 2) {
                svg.append(i == 0 ? 'M' : 'L').append(number(outline[i])).append(' ').append(number(outline[i + 1]));
            }
            if (layer.style().filled()) {
                svg.append("Z\" fill=\"").append(hex(layer.rgb())).append("\"/>\n");
            } else {
                svg.append("\" fill=\"none\" stroke=\"").append(hex(layer.rgb())).append("\" stroke-width=\"")
                        .append(number(layer.strokeWidth()))
                        .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n");
            }
            for (int c = 1; c < layer.copies(); c++) {
                svg.append("<use xlink:href=\"#").append(id).append("\" transform=\"rotate(")
                        .append(number(Math.toDegrees(layer.angle(c)))).append(")\"/>\n");
            }
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    /** Four decimals, no exponent, no locale: the same text everywhere. */
    static String number(double v) {
        long scaled = Math.round(v * 10_000);
        String sign = scaled < 0 ? "-" : "";
        long abs = Math.abs(scaled);
        String fraction = String.format(Locale.ROOT, "%04d", abs % 10_000).replaceAll("0+$", "");
        return sign + abs / 10_000 + (fraction.isEmpty() ? "" : "." + fraction);
    }
}
