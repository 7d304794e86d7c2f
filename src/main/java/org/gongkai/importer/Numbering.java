package org.gongkai.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The heading and list numbers of Chinese reports in every style the seeds show (domain notes §1.1). */
final class Numbering {

    static final String CN_DIGITS = "一二三四五六七八九十";

    /** 「一、」 and 「一.」: a level-2 heading. */
    private static final Pattern L1 = Pattern.compile("^([一二三四五六七八九十]{1,3})[、．]\\s*(.*)$");
    /** 「(一)」, 「(一)、」, 「（一）」. */
    private static final Pattern L2 = Pattern.compile("^[(（]([一二三四五六七八九十]{1,3})[)）]\\s*、?\\s*(.*)$");
    /** 「㈠」 … 「㈩」 (U+3220–U+3229). */
    private static final Pattern L2_ENCLOSED = Pattern.compile("^([\\u3220-\\u3229])\\s*、?\\s*(.*)$");
    /** 「1、」, 「1.」 (not 1.5), 「1)、」, 「1)」, 「(1)」. */
    private static final Pattern ITEM = Pattern.compile("^(?:(\\d{1,2})(?:、|[.．](?!\\d)|[)）]\\s*、?)|[(（](\\d{1,2})[)）]\\s*、?)\\s*(.+)$");
    /** 「⒈」 … 「⒛」 (U+2488–U+249B) and 「⑴」 … 「⒇」 (U+2474–U+2487). */
    private static final Pattern ITEM_ENCLOSED = Pattern.compile("^([\\u2474-\\u249B])\\s*、?\\s*(.+)$");
    /** 「1.6月份」: item 1 glued to a month; only read so when 1 is the number expected next. */
    private static final Pattern ITEM_BEFORE_MONTH = Pattern.compile("^(\\d{1,2})[.．](\\d{1,2}月.*)$");

    /** A heading or item found at the start of a line; {@code style} tells list styles apart for their counting. */
    record Marker(int level, int number, String style, String rest) {
        boolean isItem() {
            return level == 0;
        }
    }

    private Numbering() {
    }

    static Optional<Marker> at(String line) {
        Matcher m = L1.matcher(line);
        if (m.matches()) {
            return number(m.group(1)).map(n -> new Marker(2, n, "一、", m.group(2)));
        }
        Matcher m2 = L2.matcher(line);
        if (m2.matches()) {
            return number(m2.group(1)).map(n -> new Marker(3, n, "(一)", m2.group(2)));
        }
        Matcher m3 = L2_ENCLOSED.matcher(line);
        if (m3.matches()) {
            return Optional.of(new Marker(3, m3.group(1).charAt(0) - 0x3220 + 1, "(一)", m3.group(2)));
        }
        Matcher m4 = ITEM.matcher(line);
        if (m4.matches()) {
            String digits = m4.group(1) != null ? m4.group(1) : m4.group(2);
            String style = m4.group(1) != null ? line.substring(digits.length(), digits.length() + 1) : "(1)";
            return Optional.of(new Marker(0, Integer.parseInt(digits), style, m4.group(3)));
        }
        Matcher m5 = ITEM_ENCLOSED.matcher(line);
        if (m5.matches()) {
            char c = m5.group(1).charAt(0);
            boolean fullStop = c >= 0x2488;
            return Optional.of(new Marker(0, c - (fullStop ? 0x2488 : 0x2474) + 1, fullStop ? "⒈" : "⑴", m5.group(2)));
        }
        return Optional.empty();
    }

    /** 「1.6月份」 read as item {@code expected} followed by 「6月份」, or nothing. */
    static Optional<Marker> itemBeforeMonth(String line, int expected) {
        Matcher m = ITEM_BEFORE_MONTH.matcher(line);
        if (m.matches() && Integer.parseInt(m.group(1)) == expected) {
            return Optional.of(new Marker(0, expected, ".", m.group(2)));
        }
        return Optional.empty();
    }

    /** 一 → 1 … 十 → 10, 十一 → 11, 二十三 → 23. */
    static Optional<Integer> number(String chinese) {
        int ten = chinese.indexOf('十');
        if (ten < 0) {
            return chinese.length() == 1 ? digit(chinese.charAt(0)) : Optional.empty();
        }
        int tens = ten == 0 ? 1 : digit(chinese.charAt(0)).orElse(-100);
        int units = ten == chinese.length() - 1 ? 0 : digit(chinese.charAt(ten + 1)).orElse(-100);
        int value = tens * 10 + units;
        return value > 0 && chinese.length() - ten <= 2 && ten <= 1 ? Optional.of(value) : Optional.empty();
    }

    private static Optional<Integer> digit(char c) {
        int i = CN_DIGITS.indexOf(c);
        return i >= 0 && i < 9 ? Optional.of(i + 1) : Optional.empty();
    }

    /** 1 → 一 … 99 → 九十九. */
    static String chinese(int n) {
        if (n <= 10) {
            return String.valueOf(CN_DIGITS.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "十" : CN_DIGITS.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + CN_DIGITS.charAt(n % 10 - 1);
    }
}
