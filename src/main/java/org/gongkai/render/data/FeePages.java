package org.gongkai.render.data;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.gongkai.render.CsvFile;
import org.gongkai.model.Contacts;
import org.gongkai.model.Fee;
import org.gongkai.model.FeeStatus;
import org.gongkai.model.SchoolYear;
import org.gongkai.model.Stage;
import org.gongkai.model.DataPageMeta;
import org.gongkai.render.Crumb;
import org.gongkai.render.DataPageList;
import org.gongkai.render.DataPaths;
import org.gongkai.render.Layouts;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.PageSink;
import org.gongkai.render.Templates;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.view.LinkView;

/**
 * 收费公示: {@code fees/index.html} shows the latest school year in the data (never the clock's), and
 * {@code fees/<school-year>/} every school year. When a school year has more rows than fit one page, its page is
 * an index of schools, and every school gets a page of its own at {@code fees/schools/<key>/} with its fees of
 * every school year (a parent's view of one school), one section per school year.
 *
 * <p>Everything is worked out once in the constructor and read-only afterwards; {@link #jobs} returns the pages
 * and downloads as independent jobs that may run in any order on any thread.
 */
final class FeePages {

    /** Above this many rows a school year's page is an index of schools, each with its own page. */
    static final int ROWS_PER_PAGE = 400;
    /** From this many schools a page starts with an index of them. */
    static final int SCHOOLS_FOR_INDEX = 6;
    /** School pages rendered by one job: enough to outweigh handing out the job, few enough to share evenly. */
    private static final int SCHOOLS_PER_JOB = 25;

    private final Templates templates;
    private final Layouts layouts;
    private final Contacts contacts;
    private final FeeHistory history;
    private final FeeTables tables;
    private final List<Fee> all;
    private final TreeMap<SchoolYear, List<Fee>> byYear = new TreeMap<>(Comparator.reverseOrder());
    /** Every school's rows in file order, schools in pinyin order (by {@link #rank}). */
    private final Map<String, List<Fee>> bySchool;
    /** Position of each school in pinyin order: the Collator is asked once per school, not once per comparison. */
    private final Map<String, Integer> rank;
    private final Map<String, String> schoolPaths;
    /** Whether schools have their own pages: some school year is too large for one page. */
    private final boolean schoolPages;

    /**
     * Groups the rows by school year and by school.
     */
    FeePages(Templates templates, Layouts layouts, Contacts contacts, List<Fee> fees, FeeHistory history) {
        this.templates = templates;
        this.layouts = layouts;
        this.contacts = contacts;
        this.all = fees;
        Map<String, List<Fee>> schools = new HashMap<>();
        for (Fee fee : fees) {
            byYear.computeIfAbsent(fee.schoolYear(), y -> new ArrayList<>()).add(fee);
            schools.computeIfAbsent(fee.school(), s -> new ArrayList<>()).add(fee);
        }
        this.rank = pinyinRank(schools.keySet());
        List<String> ordered = new ArrayList<>(schools.keySet());
        ordered.sort(Comparator.comparing(rank::get));
        this.bySchool = new LinkedHashMap<>();
        ordered.forEach(school -> bySchool.put(school, schools.get(school)));
        this.schoolPages = byYear.values().stream().anyMatch(rows -> rows.size() > ROWS_PER_PAGE);
        this.schoolPaths = new HashMap<>();
        if (schoolPages) {
            ordered.forEach(school -> schoolPaths.put(school, DataPaths.feeSchool(school)));
        }
        this.history = history;
        this.tables = new FeeTables(history);
    }

    /** Whether schools get pages of their own: some school year has more rows than fit one page. */
    static boolean hasSchoolPages(List<Fee> fees) {
        Map<SchoolYear, Integer> rows = new HashMap<>();
        for (Fee fee : fees) {
            if (rows.merge(fee.schoolYear(), 1, Integer::sum) > ROWS_PER_PAGE) {
                return true;
            }
        }
        return false;
    }

    /** The pages and downloads as jobs, the longest first. */
    List<DataPages.Job> jobs(PageSink sink) {
        List<DataPages.Job> jobs = new ArrayList<>();
        Downloads<Fee> downloads = FeeTable.downloads(history);
        String[][] rows = IntStream.range(0, all.size()).parallel()
                .mapToObj(i -> downloads.row(all.get(i))).toArray(String[][]::new);
        Map<SchoolYear, int[]> yearPositions = positions();
        XlsxFile.Table table = downloads.xlsxTable(Arrays.asList(rows));
        int[] allPositions = IntStream.range(0, all.size()).toArray();
        jobs.add(() -> {
            sink.write(DataPaths.FEES + "fees.xlsx", downloads.xlsxFile(table, allPositions));
            return List.of();
        });
        byYear.keySet().stream().sorted(Comparator.comparing(year -> -byYear.get(year).size())).forEach(year -> jobs.add(() -> {
            sink.write(xlsxPath(year), downloads.xlsxFile(table, yearPositions.get(year)));
            return List.of();
        }));
        jobs.add(() -> {
            CsvFile csv = downloads.csvFile(Arrays.asList(rows));
            sink.write(DataPaths.FEES + "fees.csv", csv.all());
            yearPositions.forEach((year, at) -> sink.write(csvPath(year), csv.of(at)));
            return List.of();
        });
        SchoolYear latest = byYear.firstKey();
        jobs.add(() -> List.of(renderYear(latest, byYear.get(latest), DataPaths.fees(), sink)));
        byYear.forEach((year, fees) -> jobs.add(() -> List.of(renderYear(year, fees, DataPaths.feesDir(year) + "index.html", sink))));
        if (schoolPages) {
            List<String> schools = new ArrayList<>(bySchool.keySet());
            for (int from = 0; from < schools.size(); from += SCHOOLS_PER_JOB) {
                List<String> batch = schools.subList(from, Math.min(from + SCHOOLS_PER_JOB, schools.size()));
                jobs.add(() -> batch.stream().map(school -> renderSchool(school, bySchool.get(school), sink)).toList());
            }
        }
        return jobs;
    }

    /** For each school year, the positions of its rows in the whole table. */
    private Map<SchoolYear, int[]> positions() {
        Map<SchoolYear, int[]> positions = new HashMap<>();
        Map<SchoolYear, Integer> filled = new HashMap<>();
        byYear.forEach((year, fees) -> {
            positions.put(year, new int[fees.size()]);
            filled.put(year, 0);
        });
        for (int i = 0; i < all.size(); i++) {
            SchoolYear year = all.get(i).schoolYear();
            int n = filled.get(year);
            positions.get(year)[n] = i;
            filled.put(year, n + 1);
        }
        return positions;
    }

    private static String csvPath(SchoolYear year) {
        return DataPaths.feesDir(year) + "fees-" + year + ".csv";
    }

    private static String xlsxPath(SchoolYear year) {
        return DataPaths.feesDir(year) + "fees-" + year + ".xlsx";
    }

    /** The page of one school year at {@code path}: its tables, or when it is large the index of its schools. */
    private WrittenPage renderYear(SchoolYear year, List<Fee> fees, String path, PageSink sink) {
        Map<Stage, Map<String, List<Fee>>> grouped = group(fees, rank);
        Set<String> severalStages = severalStages(grouped);
        boolean split = fees.size() > ROWS_PER_PAGE;
        boolean home = path.equals(DataPaths.fees());
        List<FeesView.IndexStage> index = new ArrayList<>();
        if (split || schoolCount(grouped) >= SCHOOLS_FOR_INDEX) {
            grouped.forEach((stage, schools) -> {
                List<LinkView> links = new ArrayList<>();
                schools.forEach((school, rows) -> {
                    boolean several = severalStages.contains(school);
                    String anchor = split ? OutputPaths.link(path, schoolPaths.get(school)) + "#" + yearId(year, stage, several)
                            : "#" + schoolId(school, stage, several);
                    links.add(LinkView.of(school, anchor, schoolNote(rows)));
                });
                index.add(new FeesView.IndexStage(stage.label(), links));
            });
        }
        List<FeesView.StageView> stages = split ? List.of() : stages(path, year, grouped, severalStages);
        List<DownloadView> downloads = new ArrayList<>();
        downloads.add(new DownloadView(year.label() + "收费公示", OutputPaths.link(path, csvPath(year)),
                OutputPaths.link(path, xlsxPath(year)), fees.size() + "行"));
        if (home && byYear.size() > 1) {
            downloads.add(allYearsDownload(path));
        }
        String heading = DataPageList.feesTitle(year);
        String intro = (home ? "本页为数据中最新的学年（" + year.label() + "）。" : "")
                + "按学段、学校列出每个收费项目的性质、标准、计费单位、收费依据和审批机关；免收的项目同样列出。"
                + (split ? "本学年学校较多，请在下方索引中选择学校；学校页列出该校各学年的收费。" : "");
        var view = new FeesView(heading, intro, yearLinks(path, year), contacts.complaintPhone(),
                contacts.priceHotline(), summary(fees, grouped), downloads, index, stages);
        List<Crumb> crumbs = home ? List.of(new Crumb("收费公示", path))
                : List.of(new Crumb("收费公示", DataPaths.fees()), new Crumb(year.label(), path));
        // fees/ shows the latest school year: the same item as its own page, with the same 信息属性
        String key = DataPageMeta.fees(year);
        var meta = layouts.itemMeta().ofDataPage(key, heading, DataPageList.FEES_SUBJECT);
        sink.write(path, templates.render("fees", layouts.layout(path, heading, intro, crumbs), view, meta));
        return new WrittenPage(path, layouts.itemMeta().lastChanged(key));
    }

    /** One school's page: its fees of every school year, the latest first, one section (and anchor) each. */
    private WrittenPage renderSchool(String school, List<Fee> rows, PageSink sink) {
        String path = schoolPaths.get(school);
        Map<SchoolYear, List<Fee>> years = new TreeMap<>(Comparator.reverseOrder());
        Set<Stage> stages = new TreeSet<>();
        for (Fee fee : rows) {
            years.computeIfAbsent(fee.schoolYear(), y -> new ArrayList<>()).add(fee);
            stages.add(fee.stage());
        }
        List<LinkView> yearLinks = new ArrayList<>();
        List<FeeSchoolView.YearSection> sections = new ArrayList<>();
        years.forEach((year, fees) -> {
            String id = yearId(year);
            yearLinks.add(LinkView.of(year.label(), "#" + id));
            // a school with two 学段 that year: a table for each, under the school year's heading
            Map<Stage, List<Fee>> byStage = FeeTables.byStage(fees);
            boolean several = byStage.size() > 1;
            List<FeesView.SchoolView> stageTables = new ArrayList<>();
            byStage.forEach((stage, stageRows) -> {
                boolean first = stageTables.isEmpty();
                stageTables.add(tables.table(stage.label(), yearId(year, stage, several),
                        FeeTables.name(school, stage, several) + year.label(), stageRows,
                        first ? OutputPaths.link(path, DataPaths.feesDir(year) + "index.html") : "",
                        first ? year.label() + "全部学校收费公示" : ""));
            });
            sections.add(new FeeSchoolView.YearSection(year.label(), id, stageTables));
        });
        long exempt = rows.stream().filter(f -> f.status() == FeeStatus.EXEMPT).count();
        long changed = rows.stream().filter(history::changed).count();
        String summary = years.size() + "个学年，共" + rows.size() + "个收费项目，其中免收" + exempt + "项"
                + (changed > 0 ? "，标准较上学年调整" + changed + "项" : "") + "。";
        String heading = school + "收费公示";
        String intro = "学段：" + String.join("、", stages.stream().map(Stage::label).toList())
                + "。本校各学年的收费项目，最新的学年在前；标准调整的项目标出上学年的标准，免收的项目同样列出。";
        List<DownloadView> downloads = byYear.size() > 1 ? List.of(allYearsDownload(path)) : List.of(
                new DownloadView(byYear.firstKey().label() + "收费公示", OutputPaths.link(path, csvPath(byYear.firstKey())),
                        OutputPaths.link(path, xlsxPath(byYear.firstKey())), all.size() + "行"));
        var view = new FeeSchoolView(heading, intro, yearLinks, contacts.complaintPhone(), contacts.priceHotline(),
                summary, downloads, sections);
        var crumbs = List.of(new Crumb("收费公示", DataPaths.fees()), new Crumb(school, path));
        sink.write(path, templates.render("fee-school", layouts.layout(path, heading, intro, crumbs), view));
        return new WrittenPage(path, Optional.empty());
    }

    private DownloadView allYearsDownload(String from) {
        return new DownloadView("全部学年收费公示", OutputPaths.link(from, DataPaths.FEES + "fees.csv"),
                OutputPaths.link(from, DataPaths.FEES + "fees.xlsx"), all.size() + "行");
    }

    private List<LinkView> yearLinks(String from, SchoolYear current) {
        List<LinkView> links = new ArrayList<>();
        for (SchoolYear year : byYear.keySet()) {
            LinkView link = LinkView.of(year.label(), OutputPaths.link(from, DataPaths.feesDir(year) + "index.html"));
            links.add(year.equals(current) ? link.asCurrent() : link);
        }
        return links;
    }

    private List<FeesView.StageView> stages(String path, SchoolYear year, Map<Stage, Map<String, List<Fee>>> grouped,
                                            Set<String> severalStages) {
        List<FeesView.StageView> stages = new ArrayList<>();
        grouped.forEach((stage, schools) -> {
            List<FeesView.SchoolView> views = new ArrayList<>();
            schools.forEach((school, rows) -> {
                boolean several = severalStages.contains(school);
                String history = schoolPages ? OutputPaths.link(path, schoolPaths.get(school)) : "";
                views.add(tables.table(school, schoolId(school, stage, several),
                        FeeTables.name(school, stage, several) + year.label(), rows, history,
                        history.isEmpty() ? "" : "本校历年收费"));
            });
            stages.add(new FeesView.StageView(stage.label(), "stage-" + FeeTables.key(stage), views));
        });
        return stages;
    }

    private String summary(List<Fee> fees, Map<Stage, Map<String, List<Fee>>> grouped) {
        long exempt = fees.stream().filter(f -> f.status() == FeeStatus.EXEMPT).count();
        long changed = fees.stream().filter(history::changed).count();
        long schools = grouped.values().stream().flatMap(s -> s.keySet().stream()).distinct().count();
        return schools + "所学校，" + fees.size() + "个收费项目，其中免收" + exempt + "项"
                + (changed > 0 ? "，标准较上学年调整" + changed + "项" : "") + "。";
    }

    private String schoolNote(List<Fee> rows) {
        long changed = rows.stream().filter(history::changed).count();
        return rows.size() + "项" + (changed > 0 ? "，调整" + changed + "项" : "");
    }

    /** Each school's position when the names are sorted in pinyin order (ties, if any, by code point). */
    static Map<String, Integer> pinyinRank(Set<String> schools) {
        Collator collator = Collator.getInstance(Locale.CHINA);
        record Keyed(String name, CollationKey key) {
        }
        List<Keyed> keyed = new ArrayList<>(schools.size());
        schools.forEach(school -> keyed.add(new Keyed(school, collator.getCollationKey(school))));
        keyed.sort(Comparator.comparing(Keyed::key).thenComparing(Keyed::name));
        Map<String, Integer> rank = new HashMap<>(schools.size() * 2);
        for (int i = 0; i < keyed.size(); i++) {
            rank.put(keyed.get(i).name(), i);
        }
        return rank;
    }

    /** 学段 in their order, schools by their Chinese name (pinyin order), rows in file order. */
    static Map<Stage, Map<String, List<Fee>>> group(List<Fee> fees, Map<String, Integer> rank) {
        Map<Stage, Map<String, List<Fee>>> unordered = new EnumMap<>(Stage.class);
        for (Fee fee : fees) {
            unordered.computeIfAbsent(fee.stage(), s -> new HashMap<>())
                    .computeIfAbsent(fee.school(), s -> new ArrayList<>()).add(fee);
        }
        Map<Stage, Map<String, List<Fee>>> grouped = new EnumMap<>(Stage.class);
        unordered.forEach((stage, schools) -> {
            List<String> names = new ArrayList<>(schools.keySet());
            names.sort(Comparator.comparing(rank::get));
            Map<String, List<Fee>> ordered = new LinkedHashMap<>();
            names.forEach(name -> ordered.put(name, schools.get(name)));
            grouped.put(stage, ordered);
        });
        return grouped;
    }

    private static int schoolCount(Map<Stage, Map<String, List<Fee>>> grouped) {
        return grouped.values().stream().mapToInt(Map::size).sum();
    }

    /** Schools with rows of more than one 学段 in {@code grouped}: each 学段 has its own table and anchor. */
    private static Set<String> severalStages(Map<Stage, Map<String, List<Fee>>> grouped) {
        Set<String> seen = new HashSet<>();
        Set<String> several = new HashSet<>();
        grouped.values().forEach(schools -> schools.keySet().forEach(school -> {
            if (!seen.add(school)) {
                several.add(school);
            }
        }));
        return several;
    }

    /** A school's table on a school-year page; with the 学段 when the school has more than one that year. */
    static String schoolId(String school, Stage stage, boolean severalStages) {
        String id = "school-" + OutputPaths.key(school);
        return severalStages ? id + "-" + FeeTables.key(stage) : id;
    }

    /** The anchor of a school year's section on a school's page. */
    static String yearId(SchoolYear year) {
        return "sy-" + year;
    }

    /** The anchor of a school year's table on a school's page: the section's, or its 学段's within it. */
    static String yearId(SchoolYear year, Stage stage, boolean severalStages) {
        return severalStages ? yearId(year) + "-" + FeeTables.key(stage) : yearId(year);
    }
}
