package org.gongkai.render.view;

import java.util.List;

/** One table-of-contents entry: 「一、…」 with its 「（一）…」 children. */
public record OutlineView(String text, String url, List<OutlineView> children) {

    public boolean hasChildren() {
        return !children.isEmpty();
    }
}
