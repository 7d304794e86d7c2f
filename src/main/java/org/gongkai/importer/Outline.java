package org.gongkai.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads unwrapped lines as blocks: 「一、」 a {@code ##} heading, 「(一)」 「(一)、」 「㈠」 a {@code ###} heading with its
 * number written 「（一）」, 1、 ⒈ ⑴ 1)、 (1) items of numbered lists, every other line a paragraph. A heading run
 * into its paragraph is split off. A list number that does not follow on (「2、3月份」 after item 2) is text.
 */
final class Outline {

    /** A heading longer than this up to its first full stop is a paragraph that starts with a number. */
    private static final int HEADING_MAX = 50;
    /** 「(一)立足教育抓党建,提高党员干部的综合素质 坚持把…」: heading and paragraph parted by a space. */
    private static final Pattern SPACE_BREAK = Pattern.compile("(?<=[\\p{IsHan}”》）)])\\s+(?=[\\p{IsHan}“《])");
    /** 「…业务素质.一个幼儿园…」: an ASCII full stop between Chinese characters. */
    private static final Pattern ASCII_STOP = Pattern.compile("(?<=\\p{IsHan})\\.(?=\\p{IsHan})");

    static List<Block> blocks(List<String> lines) {
        Outline outline = new Outline();
        lines.forEach(outline::line);
        return outline.blocks();
    }

    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Integer> lastItem = new HashMap<>();

    /** Reads one line of text: a heading, an item or a paragraph; {@code rich} is the same paragraph as Markdown, if any. */
    void line(String line) {
        line(line, null);
    }

    void line(String line, String rich) {
        Optional<Numbering.Marker> marker = Numbering.at(line);
        if (marker.isPresent() && !marker.get().isItem()) {
            lastItem.clear();
            heading(marker.get(), blocks);
            return;
        }
        Optional<Numbering.Marker> item = marker.filter(m -> follows(m, lastItem))
                .or(() -> Numbering.itemBeforeMonth(line, lastItem.getOrDefault(".", 0) + 1));
        if (item.isPresent()) {
            lastItem.put(item.get().style(), item.get().number());
            blocks.add(new Block.Item(item.get().number(), item.get().rest()));
        } else {
            blocks.add(rich == null ? new Block.Paragraph(line) : new Block.Rich(rich));
        }
    }

    /** A heading Word's style gave: its level is the style's, its number (if any) written as headings here are. */
    void heading(int level, String text) {
        lastItem.clear();
        Optional<Numbering.Marker> marker = Numbering.at(text).filter(m -> !m.isItem());
        String number = marker.map(m -> m.level() == 2 ? Numbering.chinese(m.number()) + "、"
                : "（" + Numbering.chinese(m.number()) + "）").orElse("");
        blocks.add(new Block.Heading(level, number + marker.map(Numbering.Marker::rest).orElse(text).strip()));
    }

    void add(Block block) {
        blocks.add(block);
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    private static boolean follows(Numbering.Marker item, Map<String, Integer> lastItem) {
        Integer last = lastItem.get(item.style());
        return item.number() == 1 || last != null && item.number() == last + 1;
    }

    private static void heading(Numbering.Marker marker, List<Block> blocks) {
        String number = marker.level() == 2 ? Numbering.chinese(marker.number()) + "、"
                : "（" + Numbering.chinese(marker.number()) + "）";
        String rest = marker.rest();
        int cut = breakAt(rest);
        String title = cut < 0 ? rest : rest.substring(0, cut);
        String paragraph = cut < 0 ? "" : rest.substring(cut).replaceFirst("^[。.\\s]+", "");
        blocks.add(new Block.Heading(marker.level(), number + title.replaceFirst("[。.]$", "").strip()));
        if (!paragraph.isEmpty()) {
            blocks.add(new Block.Paragraph(paragraph));
        }
    }

    /** Where a heading's own words end inside {@code rest}, or -1 when all of it is the heading. */
    static int breakAt(String rest) {
        int stop = rest.indexOf('。');
        Matcher ascii = ASCII_STOP.matcher(rest);
        if (ascii.find() && (stop < 0 || ascii.start() < stop)) {
            stop = ascii.start();
        }
        if (stop >= 0 && stop <= HEADING_MAX && stop < rest.length() - 1) {
            return stop + 1;
        }
        Matcher space = SPACE_BREAK.matcher(rest);
        if (space.find() && space.start() >= 4 && space.start() <= HEADING_MAX && rest.length() - space.end() >= 8) {
            return space.start();
        }
        return -1;
    }
}
