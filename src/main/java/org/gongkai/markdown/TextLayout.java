package org.gongkai.markdown;

import java.util.List;

/**
 * Where a parsed text's prose is, as offsets into it, for the content rules: what is not prose (code, link
 * addresses, heading, list, quote and table markers, references, rules, {@code gongkai-ignore} comments), the
 * emphasis markers (which may stand for something blacked out, so the reader decides), the text of each paragraph
 * and heading, the headings and the tables.
 */
public record TextLayout(List<TextSpan> notProse, List<Emphasis> emphasis, List<TextSpan> textBlocks,
                         List<TextSpan> headings, List<Table> tables) {

    public TextLayout {
        notProse = List.copyOf(notProse);
        emphasis = List.copyOf(emphasis);
        textBlocks = List.copyOf(textBlocks);
        headings = List.copyOf(headings);
        tables = List.copyOf(tables);
    }

    /** An emphasis: its opening and closing markers and the text between them. */
    public record Emphasis(TextSpan opening, TextSpan closing, TextSpan text) {
    }

    /** A GFM table: its rows in order, the header row first. */
    public record Table(List<Row> rows) {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /** A table row; each cell is the span of its text. */
    public record Row(boolean header, List<TextSpan> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
