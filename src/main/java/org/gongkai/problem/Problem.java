package org.gongkai.problem;

import java.util.Objects;

/**
 * One thing wrong with the input, said so that bureau staff can fix it: where, what, and how, in the language
 * chosen when it is shown.
 *
 * @param kind a short machine-readable name (e.g. {@code input}, {@code placeholder}), the same in every language
 * @param text what is wrong
 * @param help how to fix it; may be {@link Text#NONE}
 */
public record Problem(SourcePosition position, Severity severity, String kind, Text text, Text help) implements java.io.Serializable {

    public Problem {
        Objects.requireNonNull(position, "position must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
        help = help == null ? Text.NONE : help;
        if (MessageAudit.enabled()) {
            MessageAudit.check(text, help);
        }
    }

    public static Problem error(SourcePosition position, Text message, Text hint) {
        return new Problem(position, Severity.ERROR, "input", message, hint);
    }

    public static Problem warning(SourcePosition position, Text message, Text hint) {
        return new Problem(position, Severity.WARNING, "input", message, hint);
    }

    public Problem withSeverity(Severity newSeverity) {
        return new Problem(position, newSeverity, kind, text, help);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in English (logs, tests); users see {@link #message(Language)}. */
    public String message() {
        return text.in(Language.EN);
    }

    /** The hint in English; empty when there is none. */
    public String hint() {
        return help.in(Language.EN);
    }

    public String message(Language language) {
        return text.in(language);
    }

    public String hint(Language language) {
        return help.in(language);
    }

    /** The contract format in English: {@code path:line[:column]: message}, then {@code   hint: …}. */
    public String format() {
        String head = position + ": " + message();
        return hint().isEmpty() ? head : head + "\n  hint: " + hint();
    }

    @Override
    public String toString() {
        return format();
    }
}
