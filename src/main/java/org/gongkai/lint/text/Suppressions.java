package org.gongkai.lint.text;

import org.gongkai.lint.Finding;
import org.gongkai.lint.Ignored;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * The suppressions of one Markdown file ({@link SuppressionReader}): each hides the findings of one kind in the block
 * after a {@code gongkai-ignore} comment, or in the whole file for {@code check_ignore}. Never more: there is no
 * site-wide suppression, so every one stays next to what it hides. Used by one thread, like its document.
 */
public final class Suppressions {

    /** The kind of the findings about suppressions themselves; they cannot be suppressed. */
    public static final String KIND = "ignore";

    static final String COMMENT = "gongkai-ignore";
    static final String FRONT_MATTER = "check_ignore";

    static final Suppressions NONE = new Suppressions("", List.of(), List.of());

    /**
     * One kind suppressed in lines {@code [firstLine, lastLine]} of the file (every line, and findings about the
     * whole file, for {@code check_ignore}); {@code lastLine < firstLine} when a comment covers nothing.
     */
    record Entry(String kind, SourcePosition at, String form, int firstLine, int lastLine) {

        boolean covers(Finding finding) {
            if (!finding.kind().equals(kind)) {
                return false;
            }
            int line = finding.position().line();
            return form.equals(FRONT_MATTER) || firstLine <= line && line <= lastLine;
        }
    }

    private final String file;
    private final List<Entry> entries;
    /** Kinds that are not kinds, comments that are not of the form: warnings, whatever the findings are. */
    private final List<Finding> problems;

    Suppressions(String file, List<Entry> entries, List<Finding> problems) {
        this.file = file;
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    /** Whether a finding of {@code kind} on {@code line} would be hidden ({@code --fix} leaves such a line alone). */
    public boolean hides(String kind, int line) {
        for (Entry entry : entries) {
            if (entry.kind().equals(kind) && (entry.form().equals(FRONT_MATTER)
                    || entry.firstLine() <= line && line <= entry.lastLine())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The findings no suppression hides, plus the problems of the suppressions and an info for each that hides
     * nothing (so a stale one gets noticed); the hidden ones go to {@code ignored}.
     */
    public List<Finding> apply(List<Finding> found, List<Ignored> ignored) {
        if (entries.isEmpty() && problems.isEmpty()) {
            return found;
        }
        boolean[] used = new boolean[entries.size()];
        List<Finding> kept = new ArrayList<>(found.size() + problems.size());
        for (Finding finding : found) {
            Entry by = null;
            if (finding.position().file().equals(file)) {
                for (int i = 0; i < entries.size(); i++) {
                    if (entries.get(i).covers(finding)) {
                        used[i] = true;
                        by = by == null ? entries.get(i) : by;
                    }
                }
            }
            if (by == null) {
                kept.add(finding);
            } else {
                ignored.add(new Ignored(finding, by.form(), by.at().line()));
            }
        }
        kept.addAll(problems);
        for (int i = 0; i < entries.size(); i++) {
            if (!used[i]) {
                kept.add(unused(entries.get(i)));
            }
        }
        return kept;
    }

    private static Finding unused(Entry entry) {
        boolean comment = entry.form().equals(COMMENT);
        return Finding.of(entry.at(), Severity.INFO, KIND,
                comment ? Text.of("lint.ignore.unused.comment", entry.kind())
                        : Text.of("lint.ignore.unused.frontMatter", entry.kind()),
                comment ? Text.of("lint.ignore.unused.comment.hint") : Text.of("lint.ignore.unused.frontMatter.hint"));
    }
}
