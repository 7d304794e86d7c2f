package org.gongkai.lint.text;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Numbers as Chinese reports write them: {@code 3315}, {@code 1,749.375}, full-width {@code ３３１５}, and
 * Chinese numerals {@code 二百}, {@code 一千三百一十五}, {@code 两}, {@code 二〇一三} (digit by digit).
 * Always {@link BigDecimal}: amounts are money.
 */
final class ChineseNumber {

    private static final String DIGITS = "零〇一二三四五六七八九";

    private ChineseNumber() {
    }

    static Optional<BigDecimal> parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        char first = s.charAt(0);
        if (isArabic(first)) {
            return arabic(s);
        }
        return chinese(s);
    }

    static boolean isArabic(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static Optional<BigDecimal> arabic(String s) {
        StringBuilder plain = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                plain.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                plain.append('.');
            } else if (c != ',') {
                plain.append(c);
            }
        }
        try {
            return Optional.of(new BigDecimal(plain.toString()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> chinese(String s) {
        boolean positional = s.chars().anyMatch(c -> c == '十' || c == '百' || c == '千' || c == '万' || c == '亿');
        if (!positional) {
            long value = 0;
            for (int i = 0; i < s.length(); i++) {
                int digit = digit(s.charAt(i));
                if (digit < 0) {
                    return Optional.empty();
                }
                value = value * 10 + digit;
            }
            return Optional.of(BigDecimal.valueOf(value));
        }
        long total = 0;
        long section = 0;
        long number = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                number = digit;
                continue;
            }
            switch (c) {
                case '十' -> {
                    section += (number == 0 ? 1 : number) * 10;
                    number = 0;
                }
                case '百' -> {
                    section += number * 100;
                    number = 0;
                }
                case '千' -> {
                    section += number * 1000;
                    number = 0;
                }
                case '万' -> {
                    total += (section + number) * 10_000;
                    section = 0;
                    number = 0;
                }
                case '亿' -> {
                    total = (total + section + number) * 100_000_000L;
                    section = 0;
                    number = 0;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(BigDecimal.valueOf(total + section + number));
    }

    private static int digit(char c) {
        if (c == '两') {
            return 2;
        }
        int i = DIGITS.indexOf(c);
        if (i < 0) {
            return -1;
        }
        return i <= 1 ? 0 : i - 1;
    }
}
