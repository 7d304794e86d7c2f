package org.gongkai.load;

import java.util.Optional;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * A Markdown file split into its YAML front matter (between two {@code ---} lines at the top) and its body.
 *
 * @param yaml the lines between the markers
 * @param bodyLine the 1-based file line where the body starts
 */
public record FrontMatter(String yaml, String body, int bodyLine) {

    /** The line of the file on which the YAML starts: the one after the opening {@code ---}. */
    public static final int YAML_FIRST_LINE = 2;

    public static Optional<FrontMatter> split(String text, String file, Problems problems) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            problems.add(Problem.error(SourcePosition.of(file, 1), Text.of("load.frontMatter.missing"),
                    Text.of("load.frontMatter.missing.hint")));
            return Optional.empty();
        }
        int line = 2;
        int pos = 4;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (current.stripTrailing().equals("---") || current.stripTrailing().equals("...")) {
                String yaml = text.substring(4, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, body, line + 1));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        problems.add(Problem.error(SourcePosition.of(file, 1), Text.of("load.frontMatter.open"),
                Text.of("load.frontMatter.open.hint")));
        return Optional.empty();
    }
}
