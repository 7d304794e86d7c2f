package org.gongkai.lint;

import java.util.Objects;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * One finding of a content rule: a {@link Problem} whose kind names the rule, plus the CSV column it is in.
 *
 * @param field the data file's column name, or empty for Markdown and YAML
 */
public record Finding(Problem problem, String field) implements java.io.Serializable {

    public Finding {
        Objects.requireNonNull(problem, "problem must not be null");
        field = field == null ? "" : field;
    }

    public static Finding of(SourcePosition position, Severity severity, String kind, Text message, Text hint) {
        return new Finding(new Problem(position, severity, kind, message, hint), "");
    }

    public String kind() {
        return problem.kind();
    }

    public Severity severity() {
        return problem.severity();
    }

    public SourcePosition position() {
        return problem.position();
    }
}
