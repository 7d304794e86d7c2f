package org.gongkai.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;

import org.gongkai.build.BuildOptions;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuild;
import org.gongkai.lint.ContentLint;
import org.gongkai.lint.Finding;
import org.gongkai.lint.Ignored;
import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.model.Site;
import org.gongkai.problem.BuildFailedException;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * {@code gongkai check}: the content rules on every report (drafts too: they are what is about to be published),
 * page and data file, then a build into a temporary folder (never into {@code site/}) and the checks on the built
 * pages: broken internal links, images without alt text, skipped heading levels.
 */
public final class SiteCheck {

    /** The findings, and those a {@code gongkai-ignore} comment or {@code check_ignore} hides (content rules only). */
    public record Result(List<Finding> findings, List<Ignored> ignored) {
        public Result {
            findings = List.copyOf(findings);
            ignored = List.copyOf(ignored);
        }
    }

    private final Function<Site, ContentLint.Result> rules;
    private final BiFunction<BuildOptions, Site, BuildResult> build;

    public SiteCheck() {
        this(site -> new ContentLint().check(site), (options, site) -> new SiteBuild().run(options, site));
    }

    /**
     * @param rules the content rules on a site that does not build (the build runs them on one that does)
     * @param build the build of the site as check loaded it; it hands back the rules' result
     */
    SiteCheck(Function<Site, ContentLint.Result> rules, BiFunction<BuildOptions, Site, BuildResult> build) {
        this.rules = rules;
        this.build = build;
    }

    /** {@link #check}'s findings, without the suppressed ones. */
    public List<Finding> run(Path source) {
        return check(source).findings();
    }

    /**
     * Every finding, sorted by file, line and column, and apart from them the content rules' findings a suppression
     * hides. Input errors that stop a build are findings too, and they
     * hide nothing else: the content rules run on every report, page and data row that loaded (a report or a row
     * with an error is left out, so the cross-checks see only good rows). The built pages are checked only when
     * the site builds, that is without input errors.
     */
    public Result check(Path source) {
        return check(source, LocalDate.now());
    }

    /**
     * As {@link #check(Path)} on the given day (the deadline of the annual report depends on it). The site is loaded
     * once, and the content rules run once: in the build when it loaded without errors, else here on what loaded.
     */
    public Result check(Path source, LocalDate today) {
        Path root = source.toAbsolutePath().normalize();
        List<Finding> findings = new ArrayList<>();
        Problems loading = new Problems();
        Site site = new SiteLoader(new SitePaths(root)).loadWhatLoads(true, loading);
        loading.list().forEach(p -> findings.add(new Finding(p, "")));
        List<Finding> built = new ArrayList<>();
        ContentLint.Result lint;
        if (loading.hasErrors()) {
            lint = rules.apply(site);
            built.add(new Finding(new Problem(SourcePosition.of("content"), Severity.INFO, "input",
                    Text.of("check.notBuilt"), Text.of("check.notBuilt.hint")), ""));
        } else {
            lint = checkBuiltSite(root, site, built);
        }
        findings.addAll(lint.findings());
        AnnualReportCheck.check(root, site, today).ifPresent(findings::add);
        java.util.Set<String> withErrors = new java.util.HashSet<>();
        loading.list().stream().filter(Problem::isError).forEach(p -> withErrors.add(p.position().file()));
        findings.addAll(InspectionCheck.check(root, site, withErrors, today));
        findings.addAll(built);
        return new Result(sorted(findings), lint.ignored());
    }

    /**
     * Builds the loaded site into a temporary folder and adds the build's own problems and the built pages'
     * findings to {@code findings}; the content rules' result, the build's, or, when the build stops (a theme
     * error), that of the rules run here.
     */
    private ContentLint.Result checkBuiltSite(Path root, Site site, List<Finding> findings) {
        Path temp;
        try {
            temp = Files.createTempDirectory("gongkai-check-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path out = temp.resolve("site");
            BuildResult result;
            try {
                result = build.apply(new BuildOptions(root, out, true, "", false), site);
            } catch (BuildFailedException failed) {
                failed.problems().forEach(p -> findings.add(new Finding(p, "")));
                return rules.apply(site);
            }
            result.problems().stream().filter(p -> p.severity() != Severity.INFO)
                    .forEach(p -> findings.add(new Finding(p, "")));
            SourceLocator locator = new SourceLocator(site);
            LinkCheck links = new LinkCheck(out);
            List<PageIssue> issues = new ArrayList<>();
            for (Path page : links.htmlPages()) {
                Document document = LinkCheck.parse(page); // once for both checks
                issues.addAll(links.issues(page, document));
                issues.addAll(PageCheck.issues(out.relativize(page).toString().replace('\\', '/'), document));
            }
            for (PageIssue issue : issues) {
                SourcePosition position = locator.locate(issue);
                findings.add(new Finding(new Problem(position, issue.severity(), issue.kind(), issue.message(),
                        issue.hint()), ""));
            }
            return result.contentRules();
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Sorted, and each finding once. */
    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(new java.util.LinkedHashSet<>(findings));
        copy.sort(Comparator.comparing((Finding f) -> f.position().file())
                .thenComparingInt(f -> f.position().line())
                .thenComparingInt(f -> f.position().column())
                .thenComparing(Finding::kind));
        return List.copyOf(copy);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover temporary file is harmless; the OS cleans its temp folder
                }
            });
        } catch (IOException e) {
            // same
        }
    }
}
