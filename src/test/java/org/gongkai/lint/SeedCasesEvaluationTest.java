package org.gongkai.lint;

import org.gongkai.lint.rule.PunctuationRule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.model.Site;
import org.gongkai.problem.Problems;

/**
 * Precision and recall of the content rules on reports made from the seed texts (src/test/resources/lint-cases):
 * every (file, line, kind) the rules report is compared with the hand-written list in expected.txt.
 */
class SeedCasesEvaluationTest {

    /** Any ASCII mark of GB/T 15834's list right next to Chinese text: the ground truth for punctuation. */
    private static final Pattern ASCII_IN_CHINESE = Pattern.compile(
            "[\\p{IsHan}“”、。，（）《》：；]\\s*[,:;()?!]|[,:;()?!]\\s*[\\p{IsHan}“”、。，（）《》：；]");

    private record Key(String file, int line, String kind) {
    }

    private static Set<Key> expected;
    private static Set<Key> actual;

    @BeforeAll
    static void run() throws IOException, URISyntaxException {
        Path root = Path.of(SeedCasesEvaluationTest.class.getResource("/lint-cases").toURI());
        Problems problems = new Problems();
        Site site = new SiteLoader(new SitePaths(root)).load(true, problems).orElseThrow();
        assertThat(problems.hasErrors()).as(problems.list().toString()).isFalse();
        actual = new HashSet<>();
        for (Finding finding : new ContentLint().run(site)) {
            String file = Path.of(finding.position().file()).getFileName().toString();
            actual.add(new Key(file, finding.position().line(), finding.kind()));
        }
        expected = new HashSet<>();
        for (String line : Files.readAllLines(root.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\\s+");
            String[] where = parts[0].split(":");
            expected.add(new Key(where[0], Integer.parseInt(where[1]), parts[1]));
        }
        try (Stream<Path> files = Files.list(root.resolve("content/reports"))) {
            for (Path file : files.toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                boolean body = false;
                int fences = 0;
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).equals("---")) {
                        fences++;
                        body = fences >= 2;
                        continue;
                    }
                    if (body && ASCII_IN_CHINESE.matcher(lines.get(i)).find()) {
                        expected.add(new Key(file.getFileName().toString(), i + 1, PunctuationRule.KIND));
                    }
                }
            }
        }
    }

    /** The cases the rules were tuned on. */
    @Test
    void precisionAndRecallOnTheTuningCases() {
        double[] measured = evaluate("tuning cases", k -> !k.file().startsWith("heldout-"));
        assertThat(measured[0]).isGreaterThanOrEqualTo(0.95);
        assertThat(measured[1]).isGreaterThanOrEqualTo(0.95);
    }

    /** Cases written after the tuning: the honest measure. */
    @Test
    void precisionAndRecallOnTheHeldOutCases() {
        double[] measured = evaluate("held-out cases", k -> k.file().startsWith("heldout-"));
        assertThat(measured[0]).isGreaterThanOrEqualTo(0.95);
        assertThat(measured[1]).isGreaterThanOrEqualTo(0.90);
    }

    /** Prints the table and the differences; returns {precision, recall} over all kinds. */
    private static double[] evaluate(String name, java.util.function.Predicate<Key> selected) {
        Set<Key> actual = new HashSet<>(SeedCasesEvaluationTest.actual);
        Set<Key> expected = new HashSet<>(SeedCasesEvaluationTest.expected);
        actual.removeIf(selected.negate());
        expected.removeIf(selected.negate());
        TreeMap<String, int[]> byKind = new TreeMap<>(); // true positives, false positives, false negatives
        for (Key key : actual) {
            byKind.computeIfAbsent(key.kind(), k -> new int[3])[expected.contains(key) ? 0 : 1]++;
        }
        for (Key key : expected) {
            if (!actual.contains(key)) {
                byKind.computeIfAbsent(key.kind(), k -> new int[3])[2]++;
            }
        }
        int[] all = new int[3];
        int[] withoutPunctuation = new int[3];
        StringBuilder table = new StringBuilder("kind              TP   FP   FN  precision  recall\n");
        byKind.forEach((kind, n) -> {
            for (int i = 0; i < 3; i++) {
                all[i] += n[i];
            }
            if (!kind.equals(PunctuationRule.KIND)) {
                for (int i = 0; i < 3; i++) {
                    withoutPunctuation[i] += n[i];
                }
            }
            table.append(row(kind, n));
        });
        table.append(row("all", all)).append(row("all but punct.", withoutPunctuation));
        List<String> misses = new ArrayList<>();
        actual.stream().filter(k -> !expected.contains(k)).forEach(k -> misses.add("false positive " + k));
        expected.stream().filter(k -> !actual.contains(k)).forEach(k -> misses.add("missed " + k));
        misses.sort(null);
        System.out.println(name + "\n" + table);
        misses.forEach(System.out::println);
        return new double[] {all[0] / (double) (all[0] + all[1]), all[0] / (double) (all[0] + all[2])};
    }

    private static String row(String kind, int[] n) {
        return String.format(Locale.ROOT, "%-16s %4d %4d %4d  %9.3f  %6.3f%n", kind, n[0], n[1], n[2],
                n[0] / (double) Math.max(1, n[0] + n[1]), n[0] / (double) Math.max(1, n[0] + n[2]));
    }
}
