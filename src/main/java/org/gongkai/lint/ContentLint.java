package org.gongkai.lint;

import org.gongkai.lint.data.DataTables;
import org.gongkai.lint.rule.ContentRule;
import org.gongkai.lint.rule.DataMismatchRule;
import org.gongkai.lint.rule.DocNumberRule;
import org.gongkai.lint.rule.MissingNumberRule;
import org.gongkai.lint.rule.PersonalDataRule;
import org.gongkai.lint.rule.PlaceholderRule;
import org.gongkai.lint.rule.PunctuationRule;
import org.gongkai.lint.rule.StandInRule;
import org.gongkai.lint.rule.TotalMismatchRule;
import org.gongkai.lint.rule.YearMismatchRule;
import org.gongkai.lint.rule.AnchorStarts;
import org.gongkai.lint.text.IndexedChars;
import org.gongkai.lint.text.LintDocument;
import org.gongkai.lint.text.LintText;
import org.gongkai.lint.text.MarkdownText;
import org.gongkai.lint.text.Suppressions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.markdown.ParsedMarkdown;
import org.gongkai.model.Datasets;
import org.gongkai.model.FreePage;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;
import org.gongkai.work.BuildWork;

/**
 * Runs the content rules over a loaded site: its reports, its free pages, and the data files in
 * {@code content/data/}. {@code gongkai check} reports the findings as they are; a build prints them as warnings.
 */
public final class ContentLint {

    /** Rules are stateless: one set serves every run. */
    private static final PersonalDataRule PERSONAL_DATA = new PersonalDataRule();
    private static final List<ContentRule> RULES = List.of(new PlaceholderRule(), new MissingNumberRule(),
            new TotalMismatchRule(), new YearMismatchRule(), new DocNumberRule(), new PunctuationRule(), PERSONAL_DATA,
            new DataMismatchRule(), new StandInRule());

    /** The first characters of the rules' anchors, which each text indexes. */
    static final IndexedChars ANCHOR_STARTS = AnchorStarts.of(RULES);

    /** Every kind of finding the content rules make. */
    /** The comment {@code gongkai import} writes after a value it had to fill in ({@link StandInRule} looks for it). */
    public static final String STAND_IN_MARKER = StandInRule.MARKER;
    public static final Set<String> KINDS = RULES.stream().map(ContentRule::kind).collect(Collectors.toUnmodifiableSet());

    /** The kind of the findings about suppressions (an unknown kind, one that hides nothing). */
    public static final String IGNORE_KIND = Suppressions.KIND;

    /**
     * What the rules found: the findings to show, and those a {@code gongkai-ignore} comment or {@code check_ignore}
     * hides.
     */
    public record Result(List<Finding> findings, List<Ignored> ignored) {
        public Result {
            findings = List.copyOf(findings);
            ignored = List.copyOf(ignored);
        }

        /** The findings as a build prints them; see {@link ContentLint#forBuild}. */
        public List<Problem> forBuild() {
            return asBuildProblems(findings);
        }
    }

    /** A build lists this many findings and sums up the rest, so they never crowd out its own problems. */
    static final int BUILD_LIMIT = 50;

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.position().file())
            .thenComparingInt(f -> f.position().line())
            .thenComparingInt(f -> f.position().column())
            .thenComparing(Finding::kind)
            .thenComparing(f -> f.problem().message());

    private final MarkdownRenderer parser;
    private final MarkdownText markdown;

    public ContentLint() {
        this(new MarkdownRenderer());
    }

    /** Shares a build's Markdown renderer: setting up Flexmark is the costly part, done once per build. */
    public ContentLint(MarkdownRenderer parser) {
        this.parser = parser;
        this.markdown = new MarkdownText(parser, ANCHOR_STARTS, KINDS);
    }

    /**
     * All findings no suppression hides, sorted by file, line and column.
     */
    public List<Finding> run(Site site) {
        return check(site).findings();
    }

    /** The findings, and the suppressed ones, each sorted by file, line and column. */
    public Result check(Site site) {
        Session session = session(site);
        site.reports().parallelStream().forEach(report -> session.inspect(report, parser.parse(report.body())));
        return session.result();
    }

    /**
     * The rules over one build: reports arrive one by one (from any thread) with the tree the renderer parsed,
     * so a build parses each report once; the data files are checked on a pool thread meanwhile, and the pages
     * in {@link Session#result()}.
     */
    public Session session(Site site) {
        return session(site, new BuildWork());
    }

    /** As {@link #session(Site)}, the data files checked as a task of {@code work} (the build's). */
    public Session session(Site site, BuildWork work) {
        return session(site, work, Optional.empty());
    }

    /**
     * As {@link #session(Site, BuildWork)}, taking the data files' part from {@code checked} (the preview's last
     * build) when it was made of these very tables under the same site.yaml: they are not indexed or scanned again.
     */
    public Session session(Site site, BuildWork work, Optional<DataChecked> checked) {
        Optional<DataChecked> same = checked.filter(c -> c.datasets() == site.datasets() && c.config().equals(site.config()));
        DataTables data = same.map(DataChecked::data).orElseGet(() -> DataTables.of(site.datasets()));
        return new Session(site, data, work, same.map(DataChecked::findings));
    }

    /**
     * What the rules made of a site's data files: their index (which the reports' rules look things up in) and
     * their own findings, for the tables and site.yaml they were made from.
     */
    public record DataChecked(Datasets datasets, SiteConfig config, DataTables data, List<Finding> findings) {

        public DataChecked {
            findings = List.copyOf(findings);
        }
    }

    /** The findings of one run of the rules, collected as reports are inspected. */
    public final class Session {

        private final Site site;
        private final ContentRule.Context context;
        private final List<Finding> found = java.util.Collections.synchronizedList(new ArrayList<>());
        private final List<Ignored> ignored = java.util.Collections.synchronizedList(new ArrayList<>());
        private final DataTables data;
        private final BuildWork.Task<List<Finding>> dataFindings;

        private Session(Site site, DataTables data, BuildWork work, Optional<List<Finding>> checked) {
            this.site = site;
            this.data = data;
            this.context = new ContentRule.Context(site.config(), data);
            // the data files need nothing from the reports: a pool thread scans them while the reports arrive
            this.dataFindings = work.fork(() -> checked.orElseGet(() -> {
                List<Finding> out = new ArrayList<>();
                PERSONAL_DATA.checkData(data, site.config(), out);
                return out;
            }));
        }

        /** The data files' part of this run, for a later one over the same tables ({@link #session(Site, BuildWork, Optional)}). */
        public DataChecked dataChecked() {
            return new DataChecked(site.datasets(), site.config(), data, dataFindings.join());
        }

        /**
         * Checks one report whose body {@code document} is the parse of; it is only read. Returns what the rules found
         * in it, which an incremental build keeps for the next one.
         */
        public ReportFindings inspect(Report report, ParsedMarkdown document) {
            LintText frontMatter = markdown.frontMatter(report.sourcePath(), report.frontMatter());
            List<Ignored> hidden = new ArrayList<>();
            List<Finding> findings = check(markdown.read(report.sourcePath(), report, frontMatter, report.body(),
                    report.bodyLine(), document, report.checkIgnore()), context, hidden);
            ReportFindings result = new ReportFindings(findings, hidden);
            reuse(result);
            return result;
        }

        /**
         * Takes a report's findings from an earlier run instead of checking it: its inputs ({@link
         * org.gongkai.lint.rule.RuleInput}: the report, site.yaml and the data tables) are what they were then.
         */
        public void reuse(ReportFindings findings) {
            found.addAll(findings.findings());
            ignored.addAll(findings.ignored());
        }

        /** Checks the free pages and the data files; the findings and the suppressed ones, each sorted. */
        public Result result() {
            List<Finding> all = new ArrayList<>(found);
            List<Ignored> hidden = new ArrayList<>(ignored);
            for (FreePage page : site.pages()) {
                all.addAll(check(markdown.read(page.sourcePath(), null, LintText.empty(page.sourcePath()), page.body(),
                        page.bodyLine(), parser.parse(page.body()), page.checkIgnore()), context, hidden));
            }
            all.addAll(dataFindings.join());
            List<Finding> unique = new ArrayList<>(new LinkedHashSet<>(all));
            unique.sort(ORDER);
            List<Ignored> uniqueHidden = new ArrayList<>(new LinkedHashSet<>(hidden));
            uniqueHidden.sort(Comparator.comparing(Ignored::finding, ORDER));
            return new Result(unique, uniqueHidden);
        }
    }

    /**
     * The findings as a build prints them: warnings that do not stop it (infos stay infos), each message led by
     * its kind, at most {@value #BUILD_LIMIT} and then one line saying how many more {@code gongkai check} shows.
     */
    public List<Problem> forBuild(Site site) {
        return asBuildProblems(run(site));
    }

    private static List<Problem> asBuildProblems(List<Finding> findings) {
        List<Problem> problems = new ArrayList<>();
        for (Finding finding : findings.subList(0, Math.min(BUILD_LIMIT, findings.size()))) {
            Problem p = finding.problem();
            Severity severity = p.severity() == Severity.INFO ? Severity.INFO : Severity.WARNING;
            // the build's problems are printed without their kind: the finding says which rule it comes from
            problems.add(new Problem(p.position(), severity, p.kind(), Text.of("lint.build.finding", p.kind(), p.text()),
                    p.help()));
        }
        if (findings.size() > BUILD_LIMIT) {
            problems.add(new Problem(SourcePosition.of("content"), Severity.WARNING, "content",
                    Text.of("lint.build.more", findings.size() - BUILD_LIMIT), Text.of("lint.build.more.hint")));
        }
        return problems;
    }

    /** The rules over one document, less what its suppressions hide (which goes to {@code ignored}). */
    private List<Finding> check(LintDocument document, ContentRule.Context context, List<Ignored> ignored) {
        List<Finding> out = new ArrayList<>();
        for (ContentRule rule : RULES) {
            rule.check(document, context, out);
        }
        return document.suppressions().apply(out, ignored);
    }
}
