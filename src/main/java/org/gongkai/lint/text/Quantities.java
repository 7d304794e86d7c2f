package org.gongkai.lint.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the figures with units in a text: {@code 3315余万元}, {@code 约9100平方米}, {@code 二百人}, {@code 64.8%}. */
final class Quantities {

    /** The units of {@link Units#ALL}, as an alternation in their order. */
    static final String UNITS = Units.ALTERNATION;

    /** The same units as the expression engine tries them fastest ({@link Units#CHOICE}). */
    static final String UNIT_CHOICE = Units.CHOICE;

    static final Pattern FIGURE = Pattern.compile(
            "(?<pre>约|近|超过|超|逾|不足|不到)?"
                    + "(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\\.[0-9]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?"
                    + "|[零〇一二三四五六七八九十两百千]+)"
                    + " ?(?<more1>多|余)?(?<mult>万|亿|千)?(?<more2>多|余)?"
                    + "(?<unit>" + UNIT_CHOICE + ")"
                    + "(?<post>以上|左右)?");

    private Quantities() {
    }

    /** Where a figure can start: a digit, a Chinese numeral, or an approximation word. */
    private static final String STARTS = "0123456789０１２３４５６７８９零〇一二三四五六七八九十两百千约近超逾不";

    /**
     * Every figure in {@code text[from, to)}, in order. Offsets are those of {@code text}. The pattern is tried only
     * where a figure can start: trying it at every character was the slowest part of checking a site.
     */
    static List<Quantity> find(String text, int from, int to) {
        return find(text, text.toCharArray(), from, to);
    }

    /** As above; {@code chars} are {@code text}'s characters, walked instead of the string (faster in C1 code). */
    static List<Quantity> find(String text, char[] chars, int from, int to) {
        List<Quantity> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = chars[i];
            if (STARTS_AT[c] && !(!PRE_AT[c] && rejectedBefore(numStart(chars, i)))) {
                FigureMatch match = FigureMatch.at(chars, i, to);
                if (match != null) {
                    Optional<Quantity> quantity = parse(text, match);
                    if (quantity.isPresent()) {
                        found.add(quantity.get());
                        i = match.end();
                        continue;
                    }
                }
            }
            i++;
        }
        return found;
    }

    private static char numStart(char[] chars, int i) {
        return i > 0 ? chars[i - 1] : ' ';
    }

    static List<Quantity> find(String text) {
        return find(text, 0, text.length());
    }

    /** The character sets above by character, for the scan that tests every character. */
    private static final boolean[] STARTS_AT = Chars.table(STARTS);
    private static final boolean[] PRE_AT = Chars.table("约近超逾不");

    /**
     * Whether the character before a number's first digit makes it part of something else: 2013 in 12013, 第3,
     * 3 in 1.3 or A3. {@link #find} skips such offsets without trying the pattern.
     */
    private static boolean rejectedBefore(String text, int numStart) {
        return rejectedBefore(numStart > 0 ? text.charAt(numStart - 1) : ' ');
    }

    private static boolean rejectedBefore(char before) {
        return ChineseNumber.isArabic(before) || before == '.' || before == '．'
                || before < 128 && Character.isLetter(before) || before == '第' || before == '/' || before == '每';
    }

    /** The figure {@code match} found in {@code text}, or empty where it is no figure (第3名, 百人). */
    static Optional<Quantity> parse(String text, FigureMatch match) {
        int numStart = match.numStart();
        boolean hasPre = numStart > match.start();
        if (!hasPre && rejectedBefore(text, numStart)) {
            return Optional.empty();
        }
        String num = text.substring(numStart, match.numEnd());
        boolean chinese = !ChineseNumber.isArabic(num.charAt(0));
        if (chinese && !hasDigitWord(num)) {
            return Optional.empty(); // 百人, 千人: words, not figures
        }
        String unit = text.substring(match.unitStart(), match.unitEnd());
        if (chinese && num.length() == 1 && unit.equals("个百分点")) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = ChineseNumber.parse(num);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int scale = 0;
        int dot = Math.max(num.indexOf('.'), num.indexOf('．'));
        if (dot >= 0) {
            scale = num.length() - dot - 1;
        }
        BigDecimal multiplier = match.mult() < 0 ? BigDecimal.ONE : Units.multiplier(text.charAt(match.mult()));
        // the words are told apart by their first character: 约, 近/不足/不到, 超过/超/逾; 左右, 以上
        char pre = hasPre ? text.charAt(match.start()) : ' ';
        char post = match.end() > match.unitEnd() ? text.charAt(match.unitEnd()) : ' ';
        Quantity.Approximation approximation = Quantity.Approximation.EXACT;
        if (pre == '约' || post == '左') {
            approximation = Quantity.Approximation.ABOUT;
        } else if (pre == '近' || pre == '不') {
            approximation = Quantity.Approximation.AT_MOST;
        } else if (pre == '超' || pre == '逾' || post == '以') {
            approximation = Quantity.Approximation.OVER;
        } else if (match.more1() >= 0 || match.more2() >= 0) {
            approximation = Quantity.Approximation.AT_LEAST;
        }
        return Optional.of(new Quantity(match.start(), match.end(), text.substring(match.start(), match.end()),
                value.get(), multiplier, unit, approximation, scale));
    }

    /** Whether a Chinese numeral has a digit word in it (一 … 十, 两), not only 百/千/零. */
    private static boolean hasDigitWord(String num) {
        for (int i = 0; i < num.length(); i++) {
            if ("一二三四五六七八九两十".indexOf(num.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A table cell's figure, with the unit taken from its column header ({@code 金额（万元）}): {@code 3315},
     * {@code 1,749.375}, {@code 3060（合同份数）}, {@code 约200}. Empty for {@code —}, blank and text cells.
     */
    static Optional<Quantity> cell(String cell, int offset, Unit unit) {
        if (!mayBeCellFigure(cell)) {
            return Optional.empty();
        }
        Matcher m = CELL.matcher(cell);
        if (!m.matches()) {
            return Optional.empty();
        }
        String num = m.group("num");
        Optional<BigDecimal> value = ChineseNumber.parse(num);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int dot = Math.max(num.indexOf('.'), num.indexOf('．'));
        int scale = dot < 0 ? 0 : num.length() - dot - 1;
        Quantity.Approximation approximation = Quantity.Approximation.EXACT;
        if (m.group("pre") != null) {
            approximation = m.group("pre").equals("约") ? Quantity.Approximation.ABOUT : Quantity.Approximation.AT_MOST;
        } else if (m.group("more") != null) {
            approximation = Quantity.Approximation.AT_LEAST;
        }
        String written = m.group("unit");
        Unit cellUnit = written == null || written.isEmpty() ? unit : Unit.parse(written).orElse(unit);
        return Optional.of(new Quantity(offset + m.start("num") - (m.group("pre") == null ? 0 : m.group("pre").length()),
                offset + m.end("num"), cell.strip(), value.get(), cellUnit.multiplier(), cellUnit.unit(),
                approximation, scale));
    }

    /**
     * Whether {@link #CELL} can match: after spaces, {@code **} and 约/近 there must be a digit. Most cells are text
     * (labels, 备注) and are ruled out without the expression.
     */
    static boolean mayBeCellFigure(String cell) {
        int i = 0;
        int n = cell.length();
        while (i < n && Chars.isRegexSpace(cell.charAt(i))) {
            i++;
        }
        if (cell.startsWith("**", i)) {
            i += 2;
        }
        if (i < n && (cell.charAt(i) == '约' || cell.charAt(i) == '近')) {
            i++;
        }
        return i < n && Chars.isDigit(cell.charAt(i));
    }

    static final Pattern CELL = Pattern.compile(
            "\\s*(?:\\*\\*)?(?<pre>约|近)?(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?)"
                    + "\\s*(?<more>余|多)?(?<unit>(?:万|亿)?(?:" + Units.alternation(Units.IN_CELLS) + ")?)(?:\\*\\*)?"
                    + "\\s*(?:[（(][^）)]*[）)])?\\s*");

    /** A unit with its multiplier, as a column header gives it: {@code 金额（万元）} → 10 000 × 元. */
    record Unit(BigDecimal multiplier, String unit) {

        static final Unit NONE = new Unit(BigDecimal.ONE, "");

        private static final Pattern HEADER_UNIT = Pattern.compile("[（(]([^）)]*)[）)]");
        private static final Pattern WORD = Pattern.compile("(万|亿|千)?(" + UNITS + ")");

        static Optional<Unit> parse(String word) {
            Matcher m = WORD.matcher(word.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            BigDecimal multiplier = m.group(1) == null ? BigDecimal.ONE : Units.multiplier(m.group(1).charAt(0));
            return Optional.of(new Unit(multiplier, m.group(2)));
        }

        /** The unit in a header's brackets, or none. */
        static Unit ofHeader(String header) {
            Matcher m = HEADER_UNIT.matcher(header);
            Unit found = NONE;
            while (m.find()) {
                found = parse(m.group(1)).orElse(found);
            }
            return found;
        }
    }
}
