package org.gongkai.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.model.FreePage;
import org.gongkai.model.Site;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;

/**
 * Runs the content rules over a loaded site: its reports, its free pages, and the data files in
 * {@code content/data/}. {@code gongkai check} reports the findings as they are; a build prints them as warnings.
 */
public final class ContentLint {

    /** Every kind of finding the content rules make. */
    public static final Set<String> KINDS = Set.of(PlaceholderRule.KIND, MissingNumberRule.KIND, TotalMismatchRule.KIND,
            YearMismatchRule.KIND, DocNumberRule.KIND, PunctuationRule.KIND, PersonalDataRule.KIND, DataMismatchRule.KIND);

    /** A build lists this many findings and sums up the rest, so they never crowd out its own problems. */
    static final int BUILD_LIMIT = 50;

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.position().file())
            .thenComparingInt(f -> f.position().line())
            .thenComparingInt(f -> f.position().column())
            .thenComparing(Finding::kind)
            .thenComparing(f -> f.problem().message());

    private final MarkdownText markdown = new MarkdownText(new MarkdownRenderer());
    private final PersonalDataRule personalData = new PersonalDataRule();
    private final List<ContentRule> rules = List.of(new PlaceholderRule(), new MissingNumberRule(),
            new TotalMismatchRule(), new YearMismatchRule(), new DocNumberRule(), new PunctuationRule(), personalData,
            new DataMismatchRule());

    /**
     * All findings, sorted by file, line and column.
     *
     * @param source the site root, for {@code content/data/}
     */
    public List<Finding> run(Site site, Path source) {
        DataTables data = DataTables.read(source.resolve("content").resolve("data"), "content/data", site.datasets());
        ContentRule.Context context = new ContentRule.Context(site.config(), data);
        // documents are independent and the rules stateless: check them in parallel, as the build renders pages
        List<Finding> found = new ArrayList<>(site.reports().parallelStream().flatMap(report -> {
            LintText frontMatter = FrontMatterText.read(report.sourcePath(), report.frontMatter());
            return check(markdown.read(report.sourcePath(), report, frontMatter, report.body(), report.bodyLine()), context)
                    .stream();
        }).toList());
        for (FreePage page : site.pages()) {
            found.addAll(check(markdown.read(page.sourcePath(), null, LintText.empty(page.sourcePath()), page.body(),
                    page.bodyLine()), context));
        }
        personalData.checkData(data, site.config(), found);
        List<Finding> unique = new ArrayList<>(new LinkedHashSet<>(found));
        unique.sort(ORDER);
        return List.copyOf(unique);
    }

    /**
     * The findings as a build prints them: warnings that do not stop it (infos stay infos), each message led by
     * its kind, at most {@value #BUILD_LIMIT} and then one line saying how many more {@code gongkai check} shows.
     */
    public List<Problem> forBuild(Site site, Path source) {
        List<Finding> findings = run(site, source);
        List<Problem> problems = new ArrayList<>();
        for (Finding finding : findings.subList(0, Math.min(BUILD_LIMIT, findings.size()))) {
            Problem p = finding.problem();
            Severity severity = p.severity() == Severity.INFO ? Severity.INFO : Severity.WARNING;
            problems.add(new Problem(p.position(), severity, p.kind(), "[" + p.kind() + "] " + p.message(), p.hint()));
        }
        if (findings.size() > BUILD_LIMIT) {
            problems.add(new Problem(SourcePosition.of("content"), Severity.WARNING, "content",
                    (findings.size() - BUILD_LIMIT) + " more content findings are not listed here",
                    "run `gongkai check` to see all of them"));
        }
        return problems;
    }

    private List<Finding> check(LintDocument document, ContentRule.Context context) {
        List<Finding> out = new ArrayList<>();
        for (ContentRule rule : rules) {
            rule.check(document, context, out);
        }
        return out;
    }
}
