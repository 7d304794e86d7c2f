package org.gongkai.lint;

import java.util.Objects;

import org.gongkai.problem.Text;

/**
 * A finding that a suppression the editor wrote hides: {@code gongkai check --show-ignored} lists it as it would have
 * been shown, with {@link #note()} saying which suppression.
 *
 * @param form {@code gongkai-ignore} (a comment in the body) or {@code check_ignore} (the front matter)
 * @param line the file line the suppression is written on
 */
public record Ignored(Finding finding, String form, int line) implements java.io.Serializable {

    public Ignored {
        Objects.requireNonNull(finding, "finding must not be null");
        Objects.requireNonNull(form, "form must not be null");
    }

    /** 「suppressed by gongkai-ignore on line 10」. */
    public Text note() {
        return Text.of("lint.ignore.by", form, line);
    }
}
