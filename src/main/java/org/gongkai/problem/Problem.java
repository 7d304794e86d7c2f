package org.gongkai.problem;

import java.util.Objects;

/**
 * One thing wrong with the input, said so that bureau staff can fix it: where, what, and how.
 *
 * @param kind a short machine-readable name (e.g. {@code front-matter}, {@code placeholder})
 * @param hint how to fix it; may be empty
 */
public record Problem(SourcePosition position, Severity severity, String kind, String message, String hint) {

    public Problem {
        Objects.requireNonNull(position, "position must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(message, "message must not be null");
        hint = hint == null ? "" : hint;
    }

    public static Problem error(SourcePosition position, String message, String hint) {
        return new Problem(position, Severity.ERROR, "input", message, hint);
    }

    public static Problem warning(SourcePosition position, String message, String hint) {
        return new Problem(position, Severity.WARNING, "input", message, hint);
    }

    public Problem withSeverity(Severity newSeverity) {
        return new Problem(position, newSeverity, kind, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The contract format: {@code path:line[:column]: message}, then {@code   hint: …} when there is a hint. */
    public String format() {
        String head = position + ": " + message;
        return hint.isEmpty() ? head : head + "\n  hint: " + hint;
    }

    @Override
    public String toString() {
        return format();
    }
}
