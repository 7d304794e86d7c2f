package org.gongkai.importer;

import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/** Blocks as Markdown: headings, paragraphs, numbered lists, GFM tables, images; text escaped so it stays text. */
final class MarkdownBody {

    private static final Pattern BLOCK_START = Pattern.compile("^[#>+=-]");
    /** 「1) 继续…」 would start a list: its delimiter is escaped (a backslash before a digit escapes nothing). */
    private static final Pattern LIST_START = Pattern.compile("^(\\d+)([.)])(?=\\s)");

    private MarkdownBody() {
    }

    static String of(List<Block> blocks) {
        return of(blocks, picture -> "images/" + picture);
    }

    /** @param pictures where the n-th picture is saved, relative to content/static/ */
    static String of(List<Block> blocks, IntFunction<String> pictures) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                // the items of one list follow each other without a blank line: a tight list
                out.append(block instanceof Block.Item && previous instanceof Block.Item ? "" : "\n");
            }
            out.append(write(block, pictures)).append('\n');
            previous = block;
        }
        return out.toString();
    }

    private static String write(Block block, IntFunction<String> pictures) {
        if (block instanceof Block.Heading h) {
            return "#".repeat(h.level()) + " " + inline(h.text());
        }
        if (block instanceof Block.Item item) {
            return item.number() + ". " + inline(item.text());
        }
        if (block instanceof Block.Table table) {
            return table(table.rows());
        }
        if (block instanceof Block.Image image) {
            // a report's page is reports/<name>/, and content/static/ is copied to the site's root
            return "![" + inline(image.alt()) + "](../../" + pictures.apply(image.picture()) + ")";
        }
        if (block instanceof Block.Rich rich) {
            return asParagraph(rich.markdown());
        }
        return asParagraph(inline(((Block.Paragraph) block).text()));
    }

    private static String asParagraph(String text) {
        if (BLOCK_START.matcher(text).find()) {
            return "\\" + text;
        }
        return LIST_START.matcher(text).replaceFirst("$1\\\\$2");
    }

    private static String table(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            for (int c = 0; c < columns; c++) {
                String cell = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                out.append(' ').append(inline(cell.replaceAll("\\s*\\n\\s*", " ")).replace("|", "\\|")).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|').append(" --- |".repeat(columns)).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    /** Marks that would start emphasis, code, a link or HTML are escaped; bold from Word is written by the caller. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\*_`[]<".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
