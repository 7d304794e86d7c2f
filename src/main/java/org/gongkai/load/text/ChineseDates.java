package org.gongkai.load.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as bureau documents write them (2013年3月8日, 二〇一三年三月八日, 二0一三年三月八日, 2013/3/8,
 * 2013.3.8), so a message can say exactly which ISO date to write instead.
 */
public final class ChineseDates {

    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})\\s*[年/.\\-]\\s*(\\d{1,2})\\s*[月/.\\-]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern WRITTEN = Pattern.compile("([〇零○0Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");

    private ChineseDates() {
    }

    public static Optional<LocalDate> parse(String text) {
        String t = text.strip();
        Matcher m = NUMERIC.matcher(t);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = WRITTEN.matcher(t);
        if (m.matches()) {
            int year = 0;
            for (char c : m.group(1).toCharArray()) {
                year = year * 10 + digit(c);
            }
            return of(year, smallNumber(m.group(2)), smallNumber(m.group(3)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int digit(char c) {
        return switch (c) {
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            case '十' -> 10;
            default -> 0; // 〇 零 ○ 0 Ｏ
        };
    }

    /** 一 … 三十一: 十 alone is 10, 十二 is 12, 二十 is 20, 二十三 is 23. */
    private static int smallNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
