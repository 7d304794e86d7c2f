package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.PunctuationFix;
import org.gongkai.lint.text.Chars;
import org.gongkai.lint.text.DocNumbers;
import org.gongkai.lint.text.LintDocument;
import org.gongkai.lint.text.LintText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.gongkai.problem.Severity;
import org.gongkai.problem.Text;

/**
 * {@code punctuation}: ASCII {@code , : ; ( ) ? !} (and a lone {@code .} used as a full stop) inside Chinese text,
 * where GB/T 15834 wants full-width marks. Numbers ({@code 1,000}, {@code 4:00}), URLs, code, link addresses,
 * 文号 and the front matter are left alone. One finding per line; {@link PunctuationFix} rewrites them.
 */
public final class PunctuationRule implements ContentRule {

    public static final String KIND = "punctuation";

    private static final String ASCII = ",:;()?!.";
    private static final String FULL = "，：；（）？！。";


    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<RuleInput> needs() {
        return EnumSet.of(RuleInput.BODY);
    }

    @Override
    public void check(LintDocument document, Context context, List<Finding> out) {
        LintText body = document.body();
        TreeMap<Integer, List<Integer>> byLine = new TreeMap<>();
        for (int offset : offsets(body)) {
            byLine.computeIfAbsent(body.lineOf(offset), k -> new ArrayList<>()).add(offset);
        }
        byLine.forEach((line, offsets) -> {
            Set<String> pairs = new LinkedHashSet<>();
            for (int offset : offsets) {
                char c = body.masked().charAt(offset);
                pairs.add("「" + c + "」→「" + fullWidth(c) + "」");
            }
            List<String> shown = List.copyOf(pairs);
            Text message = offsets.size() > 1 ? Text.of("lint.punctuation.many", shown, offsets.size())
                    : Text.of("lint.punctuation.found", shown);
            out.add(Finding.of(body.position(offsets.get(0)), Severity.WARNING, KIND, message,
                    Text.of("lint.punctuation.hint")));
        });
    }

    public static char fullWidth(char ascii) {
        return FULL.charAt(ASCII.indexOf(ascii));
    }

    /** The offsets of ASCII marks that sit in Chinese text, in order. */
    public static List<Integer> offsets(LintText text) {
        String masked = text.masked();
        boolean[] protectedChars = new boolean[masked.length()];
        for (DocNumbers.DocNumber docNumber : DocNumbers.written(text)) {
            for (int i = docNumber.start(); i < docNumber.end(); i++) {
                protectedChars[i] = true;
            }
        }
        List<Integer> found = new ArrayList<>();
        boolean[] pairedParen = new boolean[masked.length()];
        char[] chars = text.chars();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (!ASCII_MARKS[c] || protectedChars[i]) {
                continue;
            }
            switch (c) {
                case '(' -> {
                    int close = matchingParen(masked, i);
                    if (close < 0) {
                        if (nextToChinese(masked, i)) {
                            found.add(i);
                        }
                    } else {
                        pairedParen[close] = true;
                        if (!protectedChars[close] && parensAreChinese(masked, i, close)) {
                            found.add(i);
                            found.add(close);
                        }
                    }
                }
                case ')' -> {
                    if (!pairedParen[i] && nextToChinese(masked, i)) {
                        found.add(i);
                    }
                }
                case '.' -> {
                    if (isFullStop(masked, i)) {
                        found.add(i);
                    }
                }
                default -> {
                    boolean betweenDigits = i > 0 && i + 1 < masked.length()
                            && Chars.isDigit(masked.charAt(i - 1)) && Chars.isDigit(masked.charAt(i + 1));
                    if (!betweenDigits && nextToChinese(masked, i)) {
                        found.add(i);
                    }
                }
            }
        }
        found.sort(Integer::compare);
        return found;
    }

    /** {@link #ASCII} by character: tested for every character of a text. */
    private static final boolean[] ASCII_MARKS = Chars.table(ASCII);

    private static boolean nextToChinese(String text, int i) {
        int before = Chars.nonSpaceBefore(text, i);
        int after = Chars.nonSpaceAt(text, i + 1);
        return before != -1 && Chars.isChinese(before) || after != -1 && Chars.isChinese(after);
    }

    private static int matchingParen(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** 「(一)」 and 「(含村级完小)」 are Chinese; 「Java (JDK 17)」 is not, even inside a Chinese sentence. */
    private static boolean parensAreChinese(String text, int open, int close) {
        boolean chineseInside = false;
        boolean latinInside = false;
        for (int i = open + 1; i < close; i++) {
            int cp = text.charAt(i);
            chineseInside |= Chars.isChinese(cp);
            latinInside |= cp < 128 && Character.isLetter(cp);
        }
        if (chineseInside) {
            return true;
        }
        int before = Chars.nonSpaceBefore(text, open);
        int after = Chars.nonSpaceAt(text, close + 1);
        return !latinInside && (before == -1 || Chars.isChinese(before)) && (after == -1 || Chars.isChinese(after));
    }

    /** A lone ASCII dot right after a Han character and before Chinese text or the end of the line. */
    private static boolean isFullStop(String text, int i) {
        int before = Chars.before(text, i);
        if (before == -1 || !Chars.isHan(before)) {
            return false;
        }
        int after = Chars.at(text, i + 1);
        if (after == '.') {
            return false;
        }
        int next = Chars.nonSpaceAt(text, i + 1);
        return next == -1 || Chars.isChinese(next);
    }
}
