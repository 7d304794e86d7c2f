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

    /** The {@code picture}-th picture of the draft ({@link Draft#pictures()}); {@code alt} empty when Word had none. */
    record Image(int picture, String alt) implements Block {
    }

    /** A paragraph already written as Markdown (runs escaped, bold runs in {@code **}): what a .docx gives. */
    record Rich(String markdown) implements Block {
    }
}
