package org.gongkai.scaffold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.load.ConfigLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Category;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Period;
import org.gongkai.model.SiteConfig;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * {@code gongkai new report}: a report file with its front matter filled and {@code draft: true}, in
 * {@code content/reports/<year>/<date>-<slug>.md}. What the editor does not give is taken from the title
 * (year, category, period) or the site (department = the bureau of site.yaml).
 */
public final class ReportDraft {

    private static final Pattern YEAR_IN_TITLE = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    /** The order matters: 「上半年工作总结」 is a 半年总结, not a 年度总结. */
    private static final List<Keyword<Category>> CATEGORY_WORDS = List.of(
            new Keyword<>("半年", Category.HALF_YEAR_SUMMARY),
            new Keyword<>("季度", Category.QUARTERLY_REPORT),
            new Keyword<>("要点", Category.WORK_POINTS),
            new Keyword<>("计划", Category.WORK_PLAN),
            new Keyword<>("专项", Category.SPECIAL_REPORT),
            new Keyword<>("总结", Category.ANNUAL_SUMMARY),
            new Keyword<>("汇报", Category.WORK_REPORT));

    private static final List<Keyword<Period>> PERIOD_WORDS = List.of(
            new Keyword<>("上半年", Period.FIRST_HALF),
            new Keyword<>("下半年", Period.SECOND_HALF),
            new Keyword<>("一季度", Period.Q1),
            new Keyword<>("二季度", Period.Q2),
            new Keyword<>("三季度", Period.Q3),
            new Keyword<>("四季度", Period.Q4),
            new Keyword<>("春季", Period.SPRING_TERM),
            new Keyword<>("秋季", Period.AUTUMN_TERM));

    private record Keyword<T>(String word, T value) {
    }

    /**
     * What the editor asked for; what is empty is derived.
     *
     * @param slug the file name after the date ({@code 2014-annual-summary}), or a whole name starting with a date
     */
    public record Request(String title, Optional<Category> category, Optional<Period> period, OptionalInt year,
                          Optional<String> department, Optional<String> slug) {

        public Request {
            Objects.requireNonNull(title, "title must not be null");
            title = title.strip();
        }

        public static Request of(String title) {
            return new Request(title, Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * The new draft and the values that were derived rather than given.
     *
     * @param index the 索引号 given to it, on a site with {@code index_pattern}
     */
    public record Created(Path file, Category category, Period period, int year, String department,
                          Optional<String> index) {
    }

    private ReportDraft() {
    }

    public static boolean isValidSlug(String slug) {
        return FileNames.isValidSlug(slug);
    }

    public static Optional<Created> create(SitePaths paths, Request request, LocalDate today, Problems problems) {
        if (!Files.isDirectory(paths.content())) {
            problems.add(SiteSkeleton.noSite(paths));
            return Optional.empty();
        }
        Category category = request.category().orElseGet(() -> guess(request.title(), CATEGORY_WORDS, Category.WORK_REPORT));
        Period period = request.period().orElseGet(() -> guess(request.title(),
                PERIOD_WORDS, category == Category.HALF_YEAR_SUMMARY ? Period.FIRST_HALF : Period.FULL_YEAR));
        int year = request.year().orElseGet(() -> yearOf(request.title()).orElse(today.getYear()));
        Optional<SiteConfig> config = new ConfigLoader().load(paths, new Problems());
        Optional<String> department = request.department()
                .or(() -> config.map(SiteConfig::bureau).filter(b -> !b.isBlank()));
        if (department.isEmpty()) {
            problems.add(Problem.error(SourcePosition.of(paths.display(paths.siteYaml())),
                    Text.of("scaffold.noDepartment"), Text.of("scaffold.noDepartment.hint")));
            return Optional.empty();
        }
        Set<String> taken = FileNames.existing(paths.reports());
        String name;
        if (request.slug().isPresent()) {
            String slug = request.slug().get();
            name = FileNames.isDated(slug) ? slug : today + "-" + slug;
            if (taken.contains(name)) {
                problems.add(Problem.error(SourcePosition.of(paths.display(paths.reports())),
                        Text.of("scaffold.reportExists", name), Text.of("scaffold.exists.slug.hint")));
                return Optional.empty();
            }
        } else {
            name = FileNames.firstFree(today + "-" + year + "-" + category.slug(), taken);
        }
        Path file = paths.reports().resolve(Integer.toString(year)).resolve(name + ".md");
        Disclosure disclosure = config.map(SiteConfig::disclosure).orElse(Disclosure.NONE);
        // the number is that of the 成文日期's year, today's, as `gongkai index assign` gives it
        Optional<String> index = disclosure.pattern().filter(IndexNumbers::canNumber).isEmpty() ? Optional.empty()
                : numbers(paths, disclosure).map(numbers -> numbers.take(today.getYear()));
        String text = text(request.title(), today, year, period, category, department.get(), index, disclosure);
        List<Path> written = new NewFiles(paths::display).add(file, text).write(Text.of("scaffold.exists.slug.hint"), problems);
        return written.isEmpty() ? Optional.empty()
                : Optional.of(new Created(file, category, period, year, department.get(), index));
    }

    private static String text(String title, LocalDate date, int year, Period period, Category category, String department,
                               Optional<String> index, Disclosure disclosure) {
        return "---\n"
                + "title: " + FrontMatterText.quote(title) + "\n"
                + index.map(i -> "index: " + FrontMatterText.quote(i) + "\n").orElse("")
                + "date: " + date + "\n"
                // the 发布日期 is the day it goes public, which only the editor knows: never filled in for them
                + (disclosure.configured() ? "# published: YYYY-MM-DD  # 发布日期：发布当天填写，并去掉行首的 #\n"
                        + "# subject: " + disclosure.subjects().get(0) + "  # 主题分类，取其一："
                        + String.join("、", disclosure.subjects()) + "；填好后去掉行首的 #\n" : "")
                + "year: " + year + "\n"
                + "period: " + period.label() + "\n"
                + "category: " + category.label() + "\n"
                + "department: " + FrontMatterText.quote(department) + "\n"
                + "tags: []\n"
                + "# summary: \"一段摘要，用于列表和订阅；不写时用正文的第一段。\"\n"
                + "# attachments: [files/" + year + "-report.pdf]\n"
                + "draft: true\n"
                + "---\n"
                + "\n"
                + "（导语：概括本报告的内容。写完并核对后，删去上面 draft: true 这一行，报告才会发布。）\n"
                + "\n"
                + "## 一、主要工作\n"
                + "\n"
                + "### （一）\n"
                + "\n"
                + "## 二、存在的问题\n"
                + "\n"
                + "## 三、下一步工作打算\n";
    }

    /** The category the title's words name (the rule of {@code new report}), if any; {@code gongkai import} uses it too. */
    public static Optional<Category> categoryIn(String title) {
        return Optional.ofNullable(guess(title, CATEGORY_WORDS, null));
    }

    /** The period the title's words name (上半年, 第三季度, 春季 …), if any. */
    public static Optional<Period> periodIn(String title) {
        return Optional.ofNullable(guess(title, PERIOD_WORDS, null));
    }

    /**
     * Where {@code new report} would write a report made today: {@code <reports>/<year>/<today>-<year>-<category>.md},
     * with {@code -2}, {@code -3} … when that name is taken in content/reports/, in {@code reports} or in
     * {@code alsoTaken} (names without .md).
     */
    public static Path freeFile(SitePaths paths, Path reports, LocalDate today, int year, Category category,
                                Set<String> alsoTaken) {
        Set<String> taken = new HashSet<>(FileNames.existing(paths.reports()));
        taken.addAll(FileNames.existing(reports));
        taken.addAll(alsoTaken);
        String name = FileNames.firstFree(today + "-" + year + "-" + category.slug(), taken);
        return reports.resolve(Integer.toString(year)).resolve(name + ".md");
    }

    private static <T> T guess(String title, List<Keyword<T>> words, T fallback) {
        return words.stream().filter(k -> title.contains(k.word())).map(Keyword::value).findFirst().orElse(fallback);
    }

    private static Optional<Integer> yearOf(String title) {
        Matcher matcher = YEAR_IN_TITLE.matcher(title);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    private static Optional<IndexNumbers> numbers(SitePaths paths, Disclosure disclosure) {
        Problems ignored = new Problems(); // what does not load is the build's to report
        SiteLoader loader = new SiteLoader(paths);
        return IndexNumbers.of(disclosure, loader.loadReports(true, ignored), loader.loadPages(ignored));
    }
}
