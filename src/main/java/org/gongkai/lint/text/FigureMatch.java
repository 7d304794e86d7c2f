package org.gongkai.lint.text;


import java.util.regex.Matcher;

/**
 * Where {@link Quantities#FIGURE} matches at one offset, and its parts, found by a hand-written scan: the regular
 * expression tried at each candidate start was the slowest part of finding figures (C1-compiled code).
 * Every part the expression tries in order has exactly one way to succeed (see {@link #at}), so the scan never
 * backtracks. {@code ScannerEquivalenceTest} holds it to the expression.
 *
 * @param start the approximation word's first character, or {@code numStart}
 * @param numStart the number's first character
 * @param numEnd after the number
 * @param more1 offset of 多/余 before 万/亿/千, or -1
 * @param mult offset of 万/亿/千, or -1
 * @param more2 offset of 多/余 after 万/亿/千, or -1
 * @param unitStart the unit's first character
 * @param unitEnd after the unit; 以上/左右 follows up to {@code end}
 * @param end after the match
 */
record FigureMatch(int start, int numStart, int numEnd, int more1, int mult, int more2, int unitStart, int unitEnd,
                   int end) {

    /** {@code (?<pre>约|近|超过|超|逾|不足|不到)?}: none of these characters can start a number. */
    private static int preEnd(char[] c, int i, int to) {
        if (i >= to) {
            return i;
        }
        switch (c[i]) {
            case '约', '近', '逾' -> {
                return i + 1;
            }
            case '超' -> {
                return i + 1 < to && c[i + 1] == '过' ? i + 2 : i + 1;
            }
            case '不' -> {
                return i + 1 < to && (c[i + 1] == '足' || c[i + 1] == '到') ? i + 2 : i;
            }
            default -> {
                return i;
            }
        }
    }

    /**
     * The match of {@link Quantities#FIGURE} at {@code i} within {@code [i, to)} (the matcher's region, opaque
     * bounds), or null.
     * Why one way each: a shorter number would leave a digit or numeral where the rest must start, which only 千 can
     * start, and 千 then also fits the longer number followed by the rest; the optional parts after the number
     * (space, 多/余, 万/亿/千, 多/余) and the longer units (人次, 个百分点) likewise only ever succeed when taken.
     */
    static FigureMatch at(char[] c, int i, int to) {
        int numStart = preEnd(c, i, to);
        int numEnd = numberEnd(c, numStart, to);
        if (numEnd < 0) {
            return null;
        }
        int p = numEnd;
        if (p < to && c[p] == ' ') {
            p++;
        }
        int more1 = -1;
        if (p < to && (c[p] == '多' || c[p] == '余')) {
            more1 = p++;
        }
        int mult = -1;
        if (p < to && (c[p] == '万' || c[p] == '亿' || c[p] == '千')) {
            mult = p++;
        }
        int more2 = -1;
        if (p < to && (c[p] == '多' || c[p] == '余')) {
            more2 = p++;
        }
        int unitEnd = Units.endAt(c, p, to);
        if (unitEnd < 0) {
            return null;
        }
        int end = unitEnd;
        if (end + 1 < to && (c[end] == '以' && c[end + 1] == '上' || c[end] == '左' && c[end + 1] == '右')) {
            end += 2;
        }
        return new FigureMatch(i, numStart, numEnd, more1, mult, more2, p, unitEnd, end);
    }

    /** The same parts from a match of the expression itself (the plain form the tests compare with). */
    static FigureMatch of(Matcher m) {
        return new FigureMatch(m.start(), m.start("num"), m.end("num"), m.start("more1"), m.start("mult"),
                m.start("more2"), m.start("unit"), m.end("unit"), m.end());
    }

    private static boolean isAscii(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean isNumeral(char ch) {
        return switch (ch) {
            case '零', '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两', '百', '千' -> true;
            default -> false;
        };
    }

    /**
     * After the number at {@code i}, or -1: {@code 1,749.375} (one to three digits, then groups of three that no
     * digit follows), else {@code 3315}/{@code ３３１５.5} with an optional decimal part, else Chinese numerals.
     */
    private static int numberEnd(char[] c, int i, int to) {
        int j = i;
        while (j < to && j - i < 3 && isAscii(c[j])) {
            j++;
        }
        if (j > i && j + 3 < to && c[j] == ',' && isAscii(c[j + 1]) && isAscii(c[j + 2]) && isAscii(c[j + 3])) {
            while (j + 3 < to && c[j] == ',' && isAscii(c[j + 1]) && isAscii(c[j + 2]) && isAscii(c[j + 3])) {
                j += 4;
            }
            // a digit after the last group fails the lookahead, fewer groups leave a comma: no unit can follow either
            if (j + 1 < to && c[j] == '.' && isAscii(c[j + 1])) {
                j += 2;
                while (j < to && isAscii(c[j])) {
                    j++;
                }
            }
            return j;
        }
        j = i;
        while (j < to && Chars.isDigit(c[j])) {
            j++;
        }
        if (j > i) {
            if (j + 1 < to && (c[j] == '.' || c[j] == '．') && Chars.isDigit(c[j + 1])) {
                j += 2;
                while (j < to && Chars.isDigit(c[j])) {
                    j++;
                }
            }
            return j;
        }
        while (j < to && isNumeral(c[j])) {
            j++;
        }
        return j > i ? j : -1;
    }
}
