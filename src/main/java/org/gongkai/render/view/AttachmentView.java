package org.gongkai.render.view;

/** An attached file as listed under a report: name, link, type (PDF, Word …) and size. */
public record AttachmentView(String name, String url, String type, String size) {
}
