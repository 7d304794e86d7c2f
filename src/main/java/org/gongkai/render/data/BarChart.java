package org.gongkai.render.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart as inline SVG, drawn at build time: no script, no library (JFreeSVG is GPL and puts
 * time-based ids in its output). Black text on white and dark grey bars, so it reads in print and in greyscale;
 * the {@code <title>} and {@code <desc>} carry the figures for screen readers, and every page that draws a chart
 * shows the same numbers in a table beside it. The same input gives the same bytes.
 */
final class BarChart {

    /** One bar: its label, its value, and the value as the page writes it (约190). */
    record Bar(String label, BigDecimal value, String valueText) {
    }

    private static final int WIDTH = 640;
    private static final int ROW = 30;
    private static final int BAR = 18;
    private static final int TOP = 8;
    private static final int FONT = 14;
    private static final int MAX_LABEL_CHARS = 14;
    private static final int VALUE_ROOM = 110;

    private BarChart() {
    }

    /**
     * @param id unique on the page; prefixes the ids of the title and description
     * @param unit appended to values in the description, e.g. 万元
     */
    static String svg(String id, String title, String unit, List<Bar> bars) {
        int labelChars = Math.min(MAX_LABEL_CHARS, bars.stream().mapToInt(b -> b.label().length()).max().orElse(4));
        int left = labelChars * FONT + 12;
        int plot = WIDTH - left - VALUE_ROOM;
        int height = TOP * 2 + bars.size() * ROW;
        BigDecimal max = bars.stream().map(Bar::value).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        String desc = bars.stream().map(b -> b.label() + " " + b.valueText() + unit).collect(Collectors.joining("；"));

        StringBuilder svg = new StringBuilder(512 + bars.size() * 300);
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(desc)).append("</desc>\n");
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(TOP / 2).append("\" x2=\"").append(left)
                .append("\" y2=\"").append(height - TOP / 2).append("\" stroke=\"#000\" stroke-width=\"1\"/>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * ROW;
            String width = max.signum() == 0 ? "0" : bar.value().multiply(BigDecimal.valueOf(plot))
                    .divide(max, new MathContext(10, RoundingMode.HALF_EVEN)).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
            String label = bar.label().length() > labelChars ? bar.label().substring(0, labelChars - 1) + "…" : bar.label();
            svg.append("<g>");
            svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + BAR - 4)
                    .append("\" text-anchor=\"end\" font-size=\"").append(FONT).append("\" fill=\"#000\">")
                    .append(escape(label)).append("</text>");
            svg.append("<rect class=\"bar\" x=\"").append(left).append("\" y=\"").append(y).append("\" width=\"")
                    .append(width).append("\" height=\"").append(BAR).append("\" fill=\"#4a4a4a\" stroke=\"#000\" stroke-width=\"0.5\"/>");
            svg.append("<text x=\"").append(new BigDecimal(width).add(BigDecimal.valueOf(left + 6)).toPlainString())
                    .append("\" y=\"").append(y + BAR - 4).append("\" font-size=\"").append(FONT).append("\" fill=\"#000\">")
                    .append(escape(bar.valueText())).append("</text>");
            svg.append("</g>\n");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
