package org.gongkai.problem;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The test suite's check that every problem a user can meet is said in Chinese: switched on by the system property
 * {@value #PROPERTY} (surefire sets it), it renders each new problem's message and hint in Chinese with the values
 * left out (paths, quoted input, numbers, a library's own words) and refuses one that has no Chinese or that says
 * an English sentence. Users never run with it.
 */
final class MessageAudit {

    static final String PROPERTY = "gongkai.audit.messages";

    /** Four or more English words in a row: a sentence, not an option name or a key. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}(?:[ ,']+[A-Za-z]{2,}){3,}");

    /** A command line quoted for the user to type ({@code gongkai new site DIR}), or code between backticks. */
    private static final Pattern COMMAND = Pattern.compile("gongkai(?: [-A-Za-z.=|]+)+|`[^`]*`");

    private MessageAudit() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    static void check(Text message, Text hint) {
        require(message, "message");
        if (!hint.isEmpty()) {
            require(hint, "hint");
        }
    }

    private static void require(Text text, String what) {
        String fixed = withoutValues(text);
        if (!isChinese(fixed)) {
            throw new IllegalStateException("the Chinese " + what + " of " + (text.isLiteral() ? "a literal text" : text.key())
                    + " is not Chinese: 「" + text.in(Language.ZH) + "」 (its own words: 「" + fixed + "」)");
        }
    }

    /** The Chinese text with every value that is not itself a message left out. */
    static String withoutValues(Text text) {
        if (text.isLiteral()) {
            return "";
        }
        Object[] values = text.args().stream().map(MessageAudit::ownWords).toArray();
        return Language.ZH.format(new Text(text.key(), List.of(values)));
    }

    private static Object ownWords(Object value) {
        if (value instanceof Text nested) {
            return withoutValues(nested);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(MessageAudit::ownWords).toList();
        }
        return "";
    }

    /** Chinese text, and no English sentence outside a command to type or code. */
    static boolean isChinese(String ownWords) {
        return ownWords.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !ENGLISH.matcher(COMMAND.matcher(ownWords).replaceAll("")).find();
    }
}
