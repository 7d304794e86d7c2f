package org.gongkai.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Pasted text (one paragraph per line, as copied out of Word or a web page) → one {@link Draft} per article. */
final class TextImport {

    /** A title line is at most this long and has no full stop. */
    private static final int TITLE_MAX = 60;
    private static final Pattern TITLE_END = Pattern.compile("(?:总结|汇报|报告|要点|计划|简介)$");

    private TextImport() {
    }

    static List<Draft> drafts(String text) {
        List<Draft> drafts = new ArrayList<>();
        for (Collection.Piece piece : Collection.split(text).pieces()) {
            drafts.add(draft(piece));
        }
        return drafts;
    }

    static Draft draft(Collection.Piece piece) {
        List<String> raw = new ArrayList<>(piece.lines());
        String title = piece.separatorTitle().replaceFirst("^文章标题[:：]\\s*", "");
        if (title.isEmpty() && !raw.isEmpty() && isTitleLike(raw.get(0))) {
            title = raw.remove(0);
        }
        title = dropRepeatedTitles(title, raw);
        List<String> lines = Unwrap.lines(raw);
        SignOff.Found signOff = SignOff.find(lines);
        return new Draft(title, signOff.date(), signOff.body(), Outline.blocks(lines));
    }

    /**
     * Drops 「文章标题:…」 and the title again (or cut in two) on the lines right after the separator (§6.7); returns
     * the title, which is the longer line when that one holds the separator's title and more (a main title with
     * 「——」 before it).
     */
    static String dropRepeatedTitles(String title, List<String> lines) {
        String best = title;
        while (!lines.isEmpty()) {
            String line = lines.get(0).replaceFirst("^文章标题[:：]\\s*", "");
            if (!isTitleLike(line) || Numbering.at(line).isPresent() || line.length() < 2) {
                return best;
            }
            boolean longer = covered(title, line) >= 0.7 && line.length() > best.length() && TITLE_END.matcher(line).find();
            if (!(title.contains(line) || line.contains(title) || similarity(title, line) >= 0.6 || longer)) {
                return best;
            }
            best = longer ? line : best;
            lines.remove(0);
        }
        return best;
    }

    /** The share of {@code a}'s character pairs that {@code b} has too. */
    static double covered(String a, String b) {
        Set<String> x = pairs(a);
        Set<String> y = pairs(b);
        return x.isEmpty() ? 0 : (double) x.stream().filter(y::contains).count() / x.size();
    }

    static boolean isTitleLike(String line) {
        return line.length() <= TITLE_MAX && line.indexOf('。') < 0 && !line.endsWith(":") && !line.endsWith("：");
    }

    /** Dice coefficient of the two texts' character pairs. */
    static double similarity(String a, String b) {
        Set<String> x = pairs(a);
        Set<String> y = pairs(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long common = x.stream().filter(y::contains).count();
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> pairs(String s) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            pairs.add(s.substring(i, i + 2));
        }
        return pairs;
    }
}
