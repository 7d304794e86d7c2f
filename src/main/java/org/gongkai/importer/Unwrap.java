package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what copying did to the lines of one article (domain notes §6.5, §6.6): a heading merged into the end of
 * the line before is split off, and a line cut inside a word, a number or a date is joined with the next one.
 */
final class Unwrap {

    /** Marks that end a sentence, a salutation or a quotation: after them a new line is a new paragraph. */
    private static final String CLOSED = "。！？!?：:；;…”’」』）)》";

    /** A line shorter than this is a title, a name or a date of the sign-off, not a cut paragraph. */
    private static final int SHORT = 16;

    /** A title or subtitle ends so; a cut paragraph hardly ever does. */
    private static final Pattern TITLE_END = Pattern.compile("(?:总结|汇报|报告|要点|计划|简介)$");

    /** 「 1 5所」: one digit, a space, a digit and a Chinese character (not 「120 130元」, a column of figures). */
    private static final Pattern SPACES_IN_NUMBER = Pattern.compile("(?<![\\d.])(\\d) (?=\\d\\p{IsHan})");

    private Unwrap() {
    }

    static List<String> lines(List<String> lines) {
        return join(splitMergedHeadings(lines));
    }

    /** A line, and whether it starts where a merged heading was split off (it is never joined to the line before). */
    record Line(String text, boolean splitOff) {
    }

    /** 「…进一步提高。(二)加强领导班子…」 and 「…新路子,二、存在的主要困难和问题」: the heading expected next starts a line. */
    static List<Line> splitMergedHeadings(List<String> lines) {
        List<Line> out = new ArrayList<>();
        int l1 = 0;
        int l2 = 0;
        for (String line : lines) {
            String rest = line;
            boolean splitOff = false;
            while (true) {
                Optional<Numbering.Marker> marker = Numbering.at(rest);
                if (marker.isPresent() && marker.get().level() == 2) {
                    l1 = marker.get().number();
                    l2 = 0;
                } else if (marker.isPresent() && marker.get().level() == 3) {
                    l2 = marker.get().number();
                }
                int cut = mergedHeading(rest, l1 + 1, l2 + 1);
                if (cut <= 0) {
                    out.add(new Line(rest, splitOff));
                    break;
                }
                out.add(new Line(rest.substring(0, cut), splitOff));
                rest = rest.substring(cut);
                splitOff = true;
            }
        }
        return out;
    }

    private static int mergedHeading(String line, int nextL1, int nextL2) {
        // not 「获二、三等奖」: the number must be followed by words, and the heading must be short or end in 。
        Matcher l1 = Pattern.compile("(?<=[。,，;；!！])" + Numbering.chinese(nextL1) + "、(?![" + Numbering.CN_DIGITS + "])")
                .matcher(line);
        if (l1.find() && headingLike(line.substring(l1.end()))) {
            return l1.start();
        }
        Matcher l2 = Pattern.compile("(?<=[。!！])[(（]" + Numbering.chinese(nextL2) + "[)）]").matcher(line);
        return l2.find() ? l2.start() : -1;
    }

    private static boolean headingLike(String rest) {
        int stop = rest.indexOf('。');
        return (stop < 0 ? rest.length() : stop) <= 30;
    }

    /** Joins a line left open (no closing mark, long enough to be a paragraph) with the line after it. */
    static List<String> join(List<Line> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (Line line : lines) {
            if (current != null && !line.splitOff() && isOpen(current.toString())) {
                current.append(line.text());
                continue;
            }
            if (current != null) {
                out.add(tidy(current.toString()));
            }
            current = new StringBuilder(line.text());
        }
        if (current != null) {
            out.add(tidy(current.toString()));
        }
        return out;
    }

    static boolean isOpen(String line) {
        if (line.isEmpty() || CLOSED.indexOf(line.charAt(line.length() - 1)) >= 0 || TITLE_END.matcher(line).find()) {
            return false;
        }
        Optional<Numbering.Marker> marker = Numbering.at(line);
        if (marker.isPresent()) {
            String rest = marker.get().rest();
            // 「(一)理」 / 「清思路…」: a heading cut after its first character; a long numbered paragraph cut anywhere
            return rest.length() <= 1 || rest.length() > 60 && rest.contains("。");
        }
        // 「…于6月23」 / 「日,…」: nothing but a cut ends a line with a digit
        return line.length() >= SHORT || Character.isDigit(line.charAt(line.length() - 1)) && line.length() >= 6;
    }

    /** 「 1 5所」: a space inside a number is a wrap or a page number left over. */
    private static String tidy(String line) {
        return SPACES_IN_NUMBER.matcher(line).replaceAll("$1");
    }
}
