package org.gongkai.lint.text;

import org.gongkai.lint.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.markdown.IgnoreComment;
import org.gongkai.markdown.ParsedMarkdown;
import org.gongkai.markdown.TextSpan;
import org.gongkai.model.CheckIgnore;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * Finds a file's suppressions: {@code check_ignore} as the front matter reader read it, and the
 * {@code <!-- gongkai-ignore: … -->} comments of the body, each covering the block (paragraph, heading, table, list)
 * that starts on the line right after it. A comment that is not alone on its lines is a warning, not a suppression.
 */
final class SuppressionReader {

    /** A kind as written between the separators (commas as staff type them, or spaces). */
    private static final Pattern KIND = Pattern.compile("[^,，、\\s]+");

    private SuppressionReader() {
    }

    static Suppressions read(String file, ParsedMarkdown document, LintText body, List<CheckIgnore> checkIgnore, Set<String> kinds) {
        boolean comments = body.original().contains(IgnoreComment.WORD);
        if (!comments && checkIgnore.isEmpty()) {
            return Suppressions.NONE;
        }
        List<Suppressions.Entry> entries = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        for (CheckIgnore kind : checkIgnore) {
            add(kind.kind(), SourcePosition.of(file, kind.line(), kind.column()), Suppressions.FRONT_MATTER, 0,
                    Integer.MAX_VALUE, kinds, entries, problems);
        }
        if (comments) {
            for (IgnoreComment.Found comment : document.ignoreComments()) {
                comment(comment, body, kinds, entries, problems);
            }
        }
        return new Suppressions(file, entries, problems);
    }

    private static void comment(IgnoreComment.Found comment, LintText body, Set<String> known,
                                List<Suppressions.Entry> entries, List<Finding> problems) {
        String text = body.original();
        int start = comment.at().start();
        SourcePosition at = body.position(Math.max(start, text.indexOf("<!--", start)));
        TextSpan kinds = comment.kinds();
        if (kinds == null) {
            problems.add(Finding.of(at, Severity.WARNING, Suppressions.KIND, Text.of("lint.ignore.misplaced"),
                    Text.of("lint.ignore.misplaced.hint")));
            return;
        }
        if (kinds.isEmpty()) {
            problems.add(Finding.of(at, Severity.WARNING, Suppressions.KIND, Text.of("lint.ignore.noKind"),
                    Text.of("lint.ignore.noKind.hint", sorted(known))));
            return;
        }
        int[] lines = covered(comment, body);
        Matcher kind = KIND.matcher(text).region(kinds.start(), kinds.end());
        while (kind.find()) {
            add(kind.group(), body.position(kind.start()), Suppressions.COMMENT, lines[0], lines[1], known, entries,
                    problems);
        }
    }

    /**
     * The file lines of the block that starts right after the comment: stacked comments share it, and a blank line
     * in between leaves the comment covering nothing ({@code [1, 0]}).
     */
    private static int[] covered(IgnoreComment.Found comment, LintText body) {
        int end = body.lineOf(comment.at().end() - 1);
        TextSpan target = comment.next();
        for (TextSpan stacked : comment.stacked()) {
            if (body.lineOf(stacked.start()) != end + 1) {
                target = stacked;
                break;
            }
            end = body.lineOf(stacked.end() - 1);
        }
        if (target == null || body.lineOf(target.start()) != end + 1) {
            return new int[] {1, 0};
        }
        int first = end + 1;
        return new int[] {first, body.lineOf(Math.max(target.start(), target.end() - 1))};
    }

    private static void add(String written, SourcePosition at, String form, int firstLine, int lastLine,
                            Set<String> kinds, List<Suppressions.Entry> entries, List<Finding> problems) {
        String kind = written.toLowerCase(Locale.ROOT);
        if (kinds.contains(kind)) {
            entries.add(new Suppressions.Entry(kind, at, form, firstLine, lastLine));
        } else {
            problems.add(Finding.of(at, Severity.WARNING, Suppressions.KIND, Text.of("lint.ignore.unknown", written),
                    Text.of("lint.ignore.unknown.hint", sorted(kinds))));
        }
    }

    private static List<String> sorted(Set<String> kinds) {
        return kinds.stream().sorted().toList();
    }
}
