package org.gongkai.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence for the user, written in the language chosen when it is shown: a key of the message bundles
 * ({@code org/gongkai/i18n/<area>_zh.properties} and {@code _en}, the area being the key's first segment) and
 * the values for its {@code {0}}, {@code {1}} … Values are shown as they are (numbers never get grouping
 * separators); a {@link Text} value is shown in the same language, a list is joined with 「、」 or ", ".
 *
 * @param key empty for {@link #literal} text, which is shown as it is in every language
 */
public record Text(String key, List<Object> args) implements java.io.Serializable {

    /** No text: an empty hint. */
    public static final Text NONE = new Text("", List.of(""));

    public Text {
        Objects.requireNonNull(key, "key must not be null");
        args = args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    public static Text of(String key, Object... args) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a message key is required");
        }
        return new Text(key, Arrays.asList(args));
    }

    /** Text that is the same in every language: a file name, a value quoted from the input. */
    public static Text literal(String text) {
        return text == null || text.isEmpty() ? NONE : new Text("", List.of(text));
    }

    public boolean isEmpty() {
        return key.isEmpty() && args.get(0).toString().isEmpty();
    }

    public boolean isLiteral() {
        return key.isEmpty();
    }

    /** The text in {@code language}. */
    public String in(Language language) {
        return language.format(this);
    }

    /** English, for logs and tests; users see {@link #in} with their language. */
    @Override
    public String toString() {
        return in(Language.EN);
    }
}
