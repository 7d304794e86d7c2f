package org.gongkai.importer;

import java.util.List;

/** One block of an imported report's body, before it is written as Markdown. */
sealed interface Block {

    /** {@code level} 2 for 「一、」, 3 for 「（一）」; {@code text} with its number normalised, e.g. 「（一）理清思路」. */
    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** An item of a numbered list (1、 ⒈ ⑴ 1) …); {@code number} as the source counted it. */
    record Item(int number, String text) implements Block {
    }

    /** A table; the first row is the header. */
    record Table(List<List<String>> rows) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** An image saved under content/static/: {@code path} relative to it, {@code alt} empty when Word had none. */
    record Image(String path, String alt) implements Block {
    }
}
