package org.gongkai.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.problem.IoReason;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * The prose of an annual report, {@code content/annual-reports/<year>.md}: up to three parts under the headings
 * {@code ## 总体情况}, {@code ## 存在的主要问题及改进情况} and {@code ## 其他需要报告的事项} (a leading 一、 五、 六、 may be
 * written), each Markdown. Text before the first heading, or another {@code ##} heading, is an error at its line.
 */
record AnnualReportProse(String overview, String issues, String other) {

    static final AnnualReportProse NONE = new AnnualReportProse("", "", "");

    static AnnualReportProse read(Path file, SitePaths paths, Problems problems) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        String shown = paths.display(file);
        String text;
        try {
            text = SourceText.decodeMarkdown(Files.readAllBytes(file), shown, problems).orElse("");
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(shown), Text.of("load.file.unreadable", IoReason.of(e)), Text.NONE));
            return NONE;
        }
        StringBuilder[] parts = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
        int current = -1;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("## ")) {
                String heading = line.substring(3).strip();
                current = heading.contains("总体情况") ? 0 : heading.contains("存在的主要问题") ? 1 : heading.contains("其他需要报告") ? 2 : -2;
                if (current == -2) {
                    problems.add(Problem.error(SourcePosition.of(shown, i + 1), Text.of("annual.prose.heading", heading),
                            Text.of("annual.prose.heading.hint")));
                }
            } else if (current >= 0) {
                parts[current].append(line).append('\n');
            } else if (current == -1 && !line.isBlank()) {
                problems.add(Problem.error(SourcePosition.of(shown, i + 1), Text.of("annual.prose.beforeHeading"),
                        Text.of("annual.prose.heading.hint")));
                current = -2;
            }
        }
        return new AnnualReportProse(parts[0].toString().strip(), parts[1].toString().strip(), parts[2].toString().strip());
    }
}
