package org.wildcase.reporting.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Bar charts drawn as SVG on the server, as the case diagram is: no npm build (and so no chart library) is needed,
 * and the numbers are in the markup. Each chart names itself with {@code <title>} and {@code <desc>} (the desc lists
 * every bar with its value, the text equivalent for screen readers), and each bar shows its value as a label.
 */
final class BarChart {

    /** One bar: its label on the axis, its length, and the value written next to it. */
    record Bar(String label, double value, String valueLabel) {
    }

    private static final int WIDTH = 640;
    private static final String BAR = "#1676f3";
    private static final String TEXT = "#1a2b3c";
    private static final String AXIS = "#8c939d";
    private static final String FONT = "font-family=\"sans-serif\" font-size=\"12\"";

    private BarChart() {
    }

    /** Horizontal bars, one a row, with the labels on the left: for named things (species, stages, routes). */
    static String horizontal(String id, String title, String axisLabel, List<Bar> bars) {
        int row = 26;
        int top = 8;
        int labelWidth = 250;
        int plotLeft = labelWidth + 10;
        // Room on the right for the longest value label (about 7 px a character at this size).
        int longest = bars.stream().mapToInt(b -> b.valueLabel().length()).max().orElse(0);
        int plotWidth = WIDTH - plotLeft - Math.max(40, longest * 7 + 12);
        int height = top + bars.size() * row + 36;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        StringBuilder svg = open(id, title, axisLabel, bars, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = top + i * row;
            double w = max <= 0 ? 0 : b.value() / max * plotWidth;
            svg.append("<g class=\"bar\"><title>").append(esc(b.label() + ": " + b.valueLabel())).append("</title>")
                    .append("<text x=\"").append(labelWidth).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\" fill=\"").append(TEXT).append("\" ").append(FONT).append(">")
                    // Right-aligned at the plot: a label longer than its room was clipped at the chart's left
                    // edge. About 7 px a character; the bar's title keeps the whole label.
                    .append(esc(shorten(b.label(), labelWidth / 7))).append("</text>")
                    .append("<rect x=\"").append(plotLeft).append("\" y=\"").append(y + 2).append("\" width=\"")
                    .append(num(w)).append("\" height=\"18\" fill=\"").append(BAR).append("\"/>")
                    .append("<text class=\"value\" x=\"").append(num(plotLeft + w + 6)).append("\" y=\"")
                    .append(y + 15).append("\" fill=\"").append(TEXT).append("\" ").append(FONT).append(">")
                    .append(esc(b.valueLabel())).append("</text></g>");
        }
        int axisY = top + bars.size() * row + 4;
        svg.append(line(plotLeft, top, plotLeft, axisY)).append(line(plotLeft, axisY, plotLeft + plotWidth, axisY))
                .append("<text class=\"axis-label\" x=\"").append(plotLeft + plotWidth / 2).append("\" y=\"")
                .append(axisY + 22).append("\" text-anchor=\"middle\" fill=\"").append(AXIS).append("\" ")
                .append(FONT).append(">").append(esc(axisLabel)).append("</text>");
        return svg.append("</svg>").toString();
    }

    /** Columns over a time axis (months), the value written on each column. */
    static String columns(String id, String title, String xAxisLabel, String yAxisLabel, List<Bar> bars) {
        int height = 280;
        int plotLeft = 44;
        int plotTop = 20;
        int plotBottom = bars.size() > 14 ? 200 : 220;
        int plotWidth = WIDTH - plotLeft - 10;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        double slot = (double) plotWidth / Math.max(1, bars.size());
        double columnWidth = Math.max(2, slot * 0.7);
        StringBuilder svg = open(id, title, xAxisLabel + ", " + yAxisLabel, bars, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double h = max <= 0 ? 0 : b.value() / max * (plotBottom - plotTop);
            double x = plotLeft + i * slot + (slot - columnWidth) / 2;
            double centre = x + columnWidth / 2;
            svg.append("<g class=\"bar\"><title>").append(esc(b.label() + ": " + b.valueLabel())).append("</title>")
                    .append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(plotBottom - h))
                    .append("\" width=\"").append(num(columnWidth)).append("\" height=\"").append(num(h))
                    .append("\" fill=\"").append(BAR).append("\"/>")
                    .append("<text class=\"value\" x=\"").append(num(centre)).append("\" y=\"")
                    .append(num(plotBottom - h - 4)).append("\" text-anchor=\"middle\" fill=\"").append(TEXT)
                    .append("\" ").append(FONT).append(">").append(esc(b.valueLabel())).append("</text>");
            if (bars.size() > 14) {
                svg.append("<text x=\"").append(num(centre)).append("\" y=\"").append(plotBottom + 12)
                        .append("\" text-anchor=\"end\" transform=\"rotate(-45 ").append(num(centre)).append(' ')
                        .append(plotBottom + 12).append(")\" fill=\"").append(TEXT)
                        .append("\" font-family=\"sans-serif\" font-size=\"10\">");
            } else {
                svg.append("<text x=\"").append(num(centre)).append("\" y=\"").append(plotBottom + 16)
                        .append("\" text-anchor=\"middle\" fill=\"").append(TEXT)
                        .append("\" font-family=\"sans-serif\" font-size=\"11\">");
            }
            svg.append(esc(b.label())).append("</text></g>");
        }
        svg.append(line(plotLeft, plotTop, plotLeft, plotBottom))
                .append(line(plotLeft, plotBottom, plotLeft + plotWidth, plotBottom))
                .append("<text class=\"axis-label\" x=\"").append(plotLeft + plotWidth / 2).append("\" y=\"")
                .append(height - 8).append("\" text-anchor=\"middle\" fill=\"").append(AXIS).append("\" ")
                .append(FONT).append(">").append(esc(xAxisLabel)).append("</text>")
                .append("<text class=\"axis-label\" x=\"14\" y=\"").append((plotTop + plotBottom) / 2)
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ").append((plotTop + plotBottom) / 2)
                .append(")\" fill=\"").append(AXIS).append("\" ").append(FONT).append(">").append(esc(yAxisLabel))
                .append("</text>");
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String axes, List<Bar> bars, int height) {
        String desc = axes + ". " + bars.stream().map(b -> b.label() + ": " + b.valueLabel())
                .collect(Collectors.joining("; ")) + ".";
        return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id)
                .append("-svg\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\"><title id=\"").append(id).append("-title\">")
                .append(esc(title)).append("</title><desc id=\"").append(id).append("-desc\">").append(esc(desc))
                .append("</desc>");
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"" + AXIS
                + "\" stroke-width=\"1\"/>";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
