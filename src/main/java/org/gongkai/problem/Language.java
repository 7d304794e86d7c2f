package org.gongkai.problem;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The language of what the tool says: Simplified Chinese by default, English with {@code --lang en} or
 * {@code GONGKAI_LANG=en}. Paths, positions, exit codes and the keys of {@code check --format json} are the
 * same in both.
 */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE, "、"),
    EN(Locale.ENGLISH, ", ");

    /** The environment variable that chooses the language when {@code --lang} is not given. */
    public static final String ENVIRONMENT = "GONGKAI_LANG";

    private static final String BUNDLES = "org.gongkai.i18n.";

    private final Locale locale;
    private final String listSeparator;

    Language(Locale locale, String listSeparator) {
        this.locale = locale;
        this.listSeparator = listSeparator;
    }

    public Locale locale() {
        return locale;
    }

    /** zh, zh-CN, zh_CN, en, en-US … (any case); empty for anything else. */
    public static Optional<Language> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = tag.strip().toLowerCase(Locale.ROOT).split("[-_.]", 2)[0];
        return switch (language) {
            case "zh" -> Optional.of(ZH);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** The language {@link #ENVIRONMENT} names, else Chinese. */
    public static Language fromEnvironment(String value) {
        return parse(value).orElse(ZH);
    }

    /** The message of {@code key} in this language, for texts that are not problems (the CLI's lines). */
    public String text(String key, Object... args) {
        return format(Text.of(key, args));
    }

    String format(Text text) {
        if (text.isLiteral()) {
            return text.args().get(0).toString();
        }
        String pattern = pattern(text.key());
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                if (index >= text.args().size()) {
                    throw new IllegalStateException("message " + text.key() + " has no value for {" + index + "}");
                }
                out.append(show(text.args().get(index)));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String show(Object value) {
        if (value instanceof Text nested) {
            return format(nested);
        }
        if (value instanceof Collection<?> items) {
            StringBuilder joined = new StringBuilder();
            for (Object item : items) {
                if (joined.length() > 0) {
                    joined.append(listSeparator);
                }
                joined.append(show(item));
            }
            return joined.toString();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return String.valueOf(value);
    }

    private String pattern(String key) {
        int dot = key.indexOf('.');
        String area = dot < 0 ? key : key.substring(0, dot);
        try {
            return ResourceBundle.getBundle(BUNDLES + area, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no " + name().toLowerCase(Locale.ROOT) + " text for message " + key, e);
        }
    }

    private static boolean isIndex(String pattern, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(pattern.charAt(i))) {
                return false;
            }
        }
        return to - from <= 2;
    }
}
