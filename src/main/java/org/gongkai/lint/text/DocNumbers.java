package org.gongkai.lint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what is shaped like a 文号 (机关代字〔2013〕9号, 云发[2011]18号, 德教科字〔XX〕13号): the bracketed year and the
 * number found by a pattern that starts at the bracket, the 机关代字 read backwards from it.
 */
public final class DocNumbers {

    /**
     * @param start where the 机关代字 starts (the bracket when there is none)
     * @param open the offset of the opening bracket
     * @param prefix the Han (and placeholder) characters right before the bracket, at most twelve
     */
    public record DocNumber(int start, int open, int end, String prefix, String openBracket, String year, String closeBracket,
                     String number) {
    }

    private static final String SPACE = "[ \\t]*";
    static final Pattern WRITTEN = Pattern.compile("(?<open>[〔\\[［(（【﹝])" + SPACE + "(?<year>[0-9０-９]{2,4})" + SPACE
            + "(?<close>[〕\\]］)）】﹞])" + SPACE + "(?<number>第?[0-9０-９]{1,5})" + SPACE + "号(?![楼院线房门馆床室窗台位])");
    static final Pattern WITH_PLACEHOLDERS = Pattern.compile("(?<open>[〔\\[［(（【﹝])" + SPACE
            + "(?<year>[0-9０-９XxＸｘ×*＊]{0,4})" + SPACE + "(?<close>[〕\\]］)）】﹞])" + SPACE
            + "(?<number>[0-9０-９XxＸｘ×*＊]{0,4})" + SPACE + "号");

    private DocNumbers() {
    }

    /** The brackets a 文号 can open with: the patterns are tried only where one of them is. */
    private static final String OPENING = "〔[［(（【﹝";

    /** {@link #OPENING} by character: tested for every character of a text. */
    private static final boolean[] OPENS = Chars.table(OPENING);

    private static final String CLOSING = "〕]］)）】﹞";
    private static final String PLACEHOLDER_YEAR = "XxＸｘ×*＊";

    /** 文号 whose year and number are digits (a 文号 with XX is a placeholder), in a text's masked text. */
    public static List<DocNumber> written(LintText text) {
        return text.memo("docNumbers.written", () -> find(text.masked(), text.chars(), WRITTEN, false));
    }

    /** Anything shaped like a 文号, filled in or not; its prefix may hold placeholder letters (x教高[XX]2号). */
    public static List<DocNumber> withPlaceholders(LintText text) {
        return text.memo("docNumbers.withPlaceholders", () -> find(text.masked(), text.chars(), WITH_PLACEHOLDERS, true));
    }

    static List<DocNumber> find(String text, Pattern pattern, boolean placeholderLetters) {
        return find(text, text.toCharArray(), pattern, placeholderLetters);
    }

    /** As above; {@code chars} are {@code text}'s characters, which the bracket scan walks. */
    private static List<DocNumber> find(String text, char[] chars, Pattern pattern, boolean placeholderLetters) {
        List<DocNumber> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int from = 0; from < n; ) {
            int open = nextOpening(chars, from, placeholderLetters);
            if (open < 0) {
                break;
            }
            m.region(open, n);
            if (!m.lookingAt()) {
                from = open + 1;
                continue;
            }
            from = m.end();
            int start = m.start();
            int i = start;
            while (i > 0 && start - i < 12 && (Chars.isHan(text.charAt(i - 1))
                    || placeholderLetters && "XxＸｘ×".indexOf(text.charAt(i - 1)) >= 0)) {
                i--;
            }
            found.add(new DocNumber(i, start, m.end(), text.substring(i, start), m.group("open"), m.group("year"),
                    m.group("close"), m.group("number")));
        }
        return found;
    }

    /**
     * The next opening bracket from {@code from} that a 文号's year can follow: after spaces, a digit (or, with
     * placeholders, a placeholder mark or the closing bracket). 「（一）」 and 「（详见…）」 are passed over without
     * trying the pattern.
     */
    private static int nextOpening(char[] chars, int from, boolean placeholders) {
        for (int i = from; i < chars.length; i++) {
            if (!OPENS[chars[i]]) {
                continue;
            }
            int j = i + 1;
            while (j < chars.length && (chars[j] == ' ' || chars[j] == '\t')) {
                j++;
            }
            if (j < chars.length && (Chars.isDigit(chars[j])
                    || placeholders && (PLACEHOLDER_YEAR.indexOf(chars[j]) >= 0 || CLOSING.indexOf(chars[j]) >= 0))) {
                return i;
            }
        }
        return -1;
    }
}
