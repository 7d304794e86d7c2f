package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits pasted text into its articles at 「第N篇:」「第1篇 」「篇N:」「推荐第N篇:」 and drops what download sites
 * add (domain notes §1.1, §6.9). A text without separators is one article. What comes before the first separator
 * is the collection's own header (its title, a date, 「(共7篇)」) and is dropped.
 */
final class Collection {

    private static final Pattern SEPARATOR = Pattern.compile(
            "^(?:推荐)?(?:第\\s*[0-9一二三四五六七八九十百]+\\s*篇|篇\\s*[0-9]+)(?:\\s*[:：]\\s*|\\s+|$)(.*)$");

    /** One article: the title its separator gave (may be empty) and its lines, trimmed, blank lines left out. */
    record Piece(String separatorTitle, List<String> lines) {
        Piece {
            lines = List.copyOf(lines);
        }
    }

    /** The articles, and how many header lines before the first separator were dropped. */
    record Split(List<Piece> pieces, int headerLinesDropped) {
    }

    private Collection() {
    }

    static Split split(String text) {
        List<Piece> pieces = new ArrayList<>();
        List<String> header = new ArrayList<>();
        String title = null;
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = Debris.stripStamps(clean(raw));
            if (line.isEmpty() || Debris.isDebris(line)) {
                continue;
            }
            Matcher m = SEPARATOR.matcher(line);
            if (m.matches() && line.length() <= 80) {
                if (title != null) {
                    pieces.add(new Piece(title, lines));
                } else {
                    header.addAll(lines);
                }
                title = m.group(1).strip();
                lines = new ArrayList<>();
                continue;
            }
            lines.add(line);
        }
        if (title == null) {
            return new Split(lines.isEmpty() ? List.of() : List.of(new Piece("", lines)), 0);
        }
        pieces.add(new Piece(title, lines));
        return new Split(pieces, header.size());
    }

    /** The line without a BOM, ideographic or other edge spaces, and control characters. */
    static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> c != 0xFEFF && (c >= 0x20 || c == '\t'))
                .map(c -> c == '\t' || c == 0x3000 || c == 0xA0 ? ' ' : c).forEach(out::appendCodePoint);
        return out.toString().strip();
    }
}
