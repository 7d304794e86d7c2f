package org.gongkai.markdown;

import java.util.List;

/** One heading in a report's table of contents: 「一、…」 with its 「（一）…」 children. */
public record OutlineEntry(String id, String text, int level, List<OutlineEntry> children) {

    public OutlineEntry {
        children = List.copyOf(children);
    }
}
