package org.gongkai.render.view;

/** A labelled link; {@code current} marks the page the reader is on. */
public record LinkView(String label, String url, boolean current, String note) {

    public static LinkView of(String label, String url) {
        return new LinkView(label, url, false, "");
    }

    public static LinkView of(String label, String url, String note) {
        return new LinkView(label, url, false, note);
    }

    public LinkView asCurrent() {
        return new LinkView(label, url, true, note);
    }
}
