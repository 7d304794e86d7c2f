package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.text.Anchored;
import org.gongkai.lint.text.Chars;
import org.gongkai.lint.text.LintDocument;
import org.gongkai.lint.text.LintText;
import org.gongkai.lint.text.WordSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.model.Category;
import org.gongkai.model.Period;
import org.gongkai.model.Report;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * {@code year-mismatch}: the {@code year} (or the title's year) against the years the body reports on. The body's
 * years are the 4-digit years written with 年 (or in a range), leaving out comparisons (「比2012年」, 「从2011年的」),
 * plans (「2013年计划…」, 「到2013年底」), document titles in 《》 and 文号. The report's date supports the
 * finding: a 全年 summary dated in the first months of its own year describes the year before.
 * One finding, on the {@code year:} line (on the {@code title:} line when only the title is off).
 */
public final class YearMismatchRule implements ContentRule {

    public static final String KIND = "year-mismatch";

    /** A year with 年, or the first year of a range; the match is the four digits. */
    private static final List<Anchored> YEARS = Anchored.atEach(List.of("19", "20"), "(?<![0-9０-９.])",
            "[0-9]{2}(?![0-9])(?=\\s*(?:年|[-—–~～至到、]\\s*(?:19|20)[0-9]{2}))");
    /** The second year of a range: 「2010-2012」, 「2011、2012年」. */
    private static final List<Anchored> RANGE_ENDS = Anchored.atEach(List.of("19", "20"), "[-—–~～至到、]\\s{0,2}",
            "[0-9]{2}(?![0-9])");
    private static final Pattern TITLE_YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    static final Pattern COMPARISON_BEFORE = Pattern.compile("(?:比|较|从|自|与|同|相比|截至|截止|早在|以来|于)\\s*$");
    /** The one-character words of {@link #COMPARISON_BEFORE} (相比 ends with one of them), by character. */
    private static final boolean[] COMPARISON_CHAR = Chars.table("比较从自与同于");
    private static final List<String> COMPARISON_PAIRS = List.of("截至", "截止", "早在", "以来");
    static final Pattern PLAN = Pattern.compile("计划|将|力争|预计|目标|规划|打算|要点|明年|下一步|届时|争取|预算|拟|年底前");
    /** {@link #PLAN}'s words, looked for with a walk over the sentence. */
    static final WordSet PLAN_WORDS = WordSet.of(PLAN.pattern().split("\\|"));
    private static final boolean[] CLAUSE_BREAK = Chars.table("，,。；;：:！？!?\n");
    private static final boolean[] SENTENCE_BREAK = Chars.table("。！？!?\n");
    /** Anniversaries name their year: 建党90周年 is 2011, 第27个教师节 is 2011. */
    private static final List<Anchored> ANNIVERSARIES = List.of(Anchored.at("建党", "", "([0-9]{2,3})周年"),
            Anchored.at("第", "", "([0-9]{2})个教师节"), Anchored.at("新中国成立", "", "([0-9]{2,3})周年"),
            Anchored.at("建国", "", "([0-9]{2,3})周年"), Anchored.at("改革开放", "", "([0-9]{2})周年"));
    private static final int[] ANNIVERSARY_BASES = {1921, 1984, 1949, 1949, 1978};

    /** What the report's date says about its year: nothing, signed before the year began, or too early in it. */
    private enum DateNote {
        NONE, BEFORE_YEAR, EARLY
    }

    /** A year in the body and where it is. */
    private record Mention(int year, int offset, boolean heading) {
    }

    /** The patterns, for {@link AnchorStarts}. */
    @Override
    public List<Anchored> anchors() {
        List<Anchored> anchors = new ArrayList<>(YEARS);
        anchors.addAll(RANGE_ENDS);
        anchors.addAll(ANNIVERSARIES);
        return anchors;
    }


    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<RuleInput> needs() {
        return EnumSet.of(RuleInput.BODY, RuleInput.REPORT_FIELDS);
    }

    @Override
    public void check(LintDocument document, Context context, List<Finding> out) {
        if (document.report().isEmpty()) {
            return;
        }
        Report report = document.report().get();
        LintText body = document.body();
        List<Mention> mentions = mentions(document);
        Map<Integer, List<Mention>> byYear = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            byYear.computeIfAbsent(mention.year(), k -> new ArrayList<>()).add(mention);
        }
        int year = report.year();
        List<Integer> titleYears = new ArrayList<>();
        Matcher t = TITLE_YEAR.matcher(report.title());
        while (t.find()) {
            titleYears.add(Integer.parseInt(t.group(1)));
        }
        boolean titleAgrees = titleYears.isEmpty() || titleYears.contains(year);
        DateNote dateNote = dateNote(report);

        if (!byYear.isEmpty() && !byYear.containsKey(year)) {
            Map.Entry<Integer, List<Mention>> main = byYear.entrySet().stream()
                    .max(Comparator.<Map.Entry<Integer, List<Mention>>>comparingInt(e -> weight(e.getValue()))
                            .thenComparingInt(Map.Entry::getKey))
                    .orElseThrow();
            boolean strong = weight(main.getValue()) >= 2 || dateNote != DateNote.NONE;
            if (strong) {
                int shown = main.getKey();
                List<Text> quotes = quotes(body, main.getValue());
                Text message;
                if (titleYears.isEmpty()) {
                    message = Text.of("lint.year.text", year, shown, quotes);
                } else if (titleAgrees) {
                    message = Text.of("lint.year.text.titleAgrees", year, shown, quotes);
                } else {
                    message = Text.of("lint.year.text.titleDiffers", year, titleYears.get(0), shown, quotes);
                }
                out.add(Finding.of(yearLine(document, report), Severity.WARNING, KIND, withDate(message, dateNote, report),
                        Text.of("lint.year.text.hint", shown, year)));
                return;
            }
        }
        if (!titleAgrees) {
            boolean bodyAgrees = byYear.containsKey(year);
            int titleLine = report.frontMatter().lineOf("title");
            SourcePosition where = bodyAgrees && titleLine > 0 ? valuePosition(document, "title") : yearLine(document, report);
            out.add(bodyAgrees
                    ? Finding.of(where, Severity.WARNING, KIND, Text.of("lint.year.title.textAgrees", titleYears.get(0), year),
                            Text.of("lint.year.title.textAgrees.hint"))
                    : Finding.of(where, Severity.WARNING, KIND, Text.of("lint.year.title", titleYears.get(0), year),
                            Text.of("lint.year.title.hint")));
            return;
        }
        boolean summary = report.category() == Category.ANNUAL_SUMMARY || report.category() == Category.HALF_YEAR_SUMMARY;
        if (byYear.isEmpty() && dateNote != DateNote.NONE && summary) {
            out.add(Finding.of(yearLine(document, report), Severity.WARNING, KIND,
                    withDate(Text.of("lint.year.summary", year, report.period().label()), dateNote, report),
                    Text.of("lint.year.summary.hint", year, year - 1)));
        }
    }

    /** What the report's date says, added after the message: the date alone does not make a finding. */
    private static Text withDate(Text message, DateNote note, Report report) {
        return switch (note) {
            case NONE -> message;
            case BEFORE_YEAR -> Text.of("lint.year.datedBefore", message, report.date(), report.year());
            case EARLY -> Text.of("lint.year.datedEarly", message, report.date(), report.year());
        };
    }

    /** A finding on a heading year counts double: headings name the period a section reports on. */
    private static int weight(List<Mention> mentions) {
        return mentions.stream().mapToInt(m -> m.heading() ? 2 : 1).sum();
    }

    private static List<Mention> mentions(LintDocument document) {
        LintText body = document.body();
        String t = body.masked();
        boolean[] excluded = excludedRanges(body.chars());
        List<Mention> mentions = new ArrayList<>();
        for (Anchored years : YEARS) {
            years.forEach(body, t, m -> consider(document, t, excluded, m.start(), Integer.parseInt(m.group()), mentions));
        }
        for (Anchored rangeEnds : RANGE_ENDS) {
            rangeEnds.forEach(body, t, r -> consider(document, t, excluded, r.start(), Integer.parseInt(r.group()), mentions));
        }
        for (int i = 0; i < ANNIVERSARIES.size(); i++) {
            int base = ANNIVERSARY_BASES[i];
            ANNIVERSARIES.get(i).forEach(body, t, a -> {
                if (!excluded[a.start()]) {
                    mentions.add(new Mention(base + Integer.parseInt(a.group(1)), a.start(), false));
                }
            });
        }
        mentions.sort(Comparator.comparingInt(Mention::offset));
        List<Mention> unique = new ArrayList<>();
        for (Mention mention : mentions) {
            if (unique.isEmpty() || unique.get(unique.size() - 1).offset() != mention.offset()) {
                unique.add(mention);
            }
        }
        return unique;
    }

    private static void consider(LintDocument document, String t, boolean[] excluded, int offset, int year,
                                 List<Mention> out) {
        if (excluded[offset] || year < 1949 || year > 2100) {
            return;
        }
        char[] c = document.body().chars();
        int clauseStart = offset;
        while (clauseStart > 0 && !CLAUSE_BREAK[c[clauseStart - 1]]) {
            clauseStart--;
        }
        if (endsWithComparison(c, Math.max(clauseStart, offset - 4), offset)) {
            return;
        }
        if (t.startsWith("以来", skipYear(t, offset)) || t.startsWith("起", skipYear(t, offset))) {
            return;
        }
        int sentenceStart = offset;
        while (sentenceStart > 0 && !SENTENCE_BREAK[c[sentenceStart - 1]]) {
            sentenceStart--;
        }
        int sentenceEnd = offset;
        while (sentenceEnd < c.length && !SENTENCE_BREAK[c[sentenceEnd]]) {
            sentenceEnd++;
        }
        if (PLAN_WORDS.indexIn(t, c, sentenceStart, sentenceEnd) >= 0) {
            return;
        }
        boolean heading = false;
        for (LintDocument.Span h : document.headings()) {
            heading |= h.start() <= offset && offset < h.end();
        }
        out.add(new Mention(year, offset, heading));
    }

    /**
     * Whether {@link #COMPARISON_BEFORE} finds a match in {@code c[from, to)}: one of its words, then spaces ({@code
     * \\s}), then the end or a line terminator that ends the range (where {@code $} also matches). Without the
     * expression: it ran for every year of every report.
     */
    static boolean endsWithComparison(char[] c, int from, int to) {
        int end = to;
        if (end > from && (c[end - 1] == '\u0085' || c[end - 1] == '\u2028' || c[end - 1] == '\u2029')) {
            end--; // \n and \r are spaces to \\s already
        }
        while (end > from && Chars.isRegexSpace(c[end - 1])) {
            end--;
        }
        if (end == from) {
            return false;
        }
        if (COMPARISON_CHAR[c[end - 1]]) {
            return true;
        }
        for (String pair : COMPARISON_PAIRS) {
            if (end - from >= 2 && c[end - 2] == pair.charAt(0) && c[end - 1] == pair.charAt(1)) {
                return true;
            }
        }
        return false;
    }

    /** The offset after 「2012年」 (or 「2012」 in a range). */
    private static int skipYear(String t, int offset) {
        int i = offset + 4;
        return i < t.length() && t.charAt(i) == '年' ? i + 1 : i;
    }

    /** Text in 《》 (titles of other documents) and 〔〕 (文号) does not say what this report covers. */
    private static boolean[] excludedRanges(char[] chars) {
        boolean[] excluded = new boolean[chars.length + 1];
        int depth = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '《' || c == '〔') {
                depth++;
            }
            excluded[i] = depth > 0;
            if ((c == '》' || c == '〕') && depth > 0) {
                depth--;
            }
            if (c == '\n' && i + 1 < chars.length && chars[i + 1] == '\n') {
                depth = 0;
            }
        }
        return excluded;
    }

    private static List<Text> quotes(LintText body, List<Mention> mentions) {
        List<Text> quoted = new ArrayList<>();
        for (Mention mention : mentions.subList(0, Math.min(3, mentions.size()))) {
            quoted.add(Text.of("lint.year.quote", around(body.original(), mention.offset()), body.lineOf(mention.offset())));
        }
        return quoted;
    }

    /** The clause around a year: a few characters either side, within its sentence. */
    private static String around(String t, int offset) {
        int from = offset;
        for (int n = 0; n < 6 && from > 0 && "，,。；;：:\n".indexOf(t.charAt(from - 1)) < 0; n++) {
            from--;
        }
        int to = offset + 4;
        for (int n = 0; n < 10 && to < t.length() && "，,。；;：:\n".indexOf(t.charAt(to)) < 0; n++) {
            to++;
        }
        return t.substring(from, to).strip();
    }

    /**
     * What the date says about the year: a summary of a whole year signed in that year's first quarter, or a
     * summary signed before its year began, covers an earlier year. Plans (工作要点, 工作计划) are written ahead.
     */
    private static DateNote dateNote(Report report) {
        if (report.category() == Category.WORK_POINTS || report.category() == Category.WORK_PLAN) {
            return DateNote.NONE;
        }
        LocalDate date = report.date();
        int year = report.year();
        if (date.getYear() < year) {
            return DateNote.BEFORE_YEAR;
        }
        if (report.period() == Period.FULL_YEAR && date.isBefore(LocalDate.of(year, 4, 1))) {
            return DateNote.EARLY;
        }
        return DateNote.NONE;
    }

    private static SourcePosition yearLine(LintDocument document, Report report) {
        return valuePosition(document, "year");
    }

    /** The position of a front matter key's value, or the file when the key's line is unknown. */
    private static SourcePosition valuePosition(LintDocument document, String key) {
        Report report = document.report().orElseThrow();
        int line = report.frontMatter().lineOf(key);
        if (line == 0) {
            return SourcePosition.of(document.file());
        }
        LintText yaml = new LintText(document.file(), report.frontMatter().yaml(), report.frontMatter().yaml(),
                report.frontMatter().firstLine());
        int index = line - report.frontMatter().firstLine();
        if (index < 0 || index >= yaml.lineCount()) {
            return SourcePosition.of(document.file(), line);
        }
        String text = yaml.original().substring(yaml.lineStart(index), yaml.lineEnd(index));
        int colon = text.indexOf(':');
        int column = colon < 0 ? 1 : colon + 1;
        while (column < text.length() && text.charAt(column) == ' ') {
            column++;
        }
        return SourcePosition.of(document.file(), line, text.codePointCount(0, Math.min(column, text.length())) + 1);
    }
}
