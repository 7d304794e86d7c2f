package org.gongkai.render.data;

/** A chart drawn at build time: inline SVG (with its own title and description) and a caption. */
public record ChartView(String caption, String svg) {
}
