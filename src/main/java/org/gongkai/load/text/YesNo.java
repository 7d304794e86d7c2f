package org.gongkai.load.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words staff write for yes and no, in front matter ({@code draft}) and in data tables ({@code voluntary},
 * {@code approximate}): English as YAML 1.1 and Excel know them (true, yes, on, y; TRUE from a boolean cell),
 * and 是/否, 真/假, 对/错. Anything else is neither: callers report it rather than guess, since guessing "no" for
 * {@code draft} would publish a report its author held back.
 */
public final class YesNo {

    /** For hints: the words, yes first. */
    public static final String WORDS = "true/false, yes/no, on/off, y/n, 是/否, 真/假, 对/错";

    private static final Set<String> YES = Set.of("true", "yes", "on", "y", "是", "真", "对");
    private static final Set<String> NO = Set.of("false", "no", "off", "n", "否", "假", "错");

    private YesNo() {
    }

    /** True or false for one of the words in any case and with spaces around it; empty for anything else. */
    public static Optional<Boolean> parse(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
            return Optional.of(true);
        }
        return NO.contains(word) ? Optional.of(false) : Optional.empty();
    }
}
