package org.gongkai.render;

/** One step of a breadcrumb trail below 首页: a label and the output path it links to. */
public record Crumb(String label, String path) {
}
