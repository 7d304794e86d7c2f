package org.gongkai.markdown;

/** A range of offsets {@code [start, end)} into the Markdown text that was parsed. */
public record TextSpan(int start, int end) {

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return end <= start;
    }
}
