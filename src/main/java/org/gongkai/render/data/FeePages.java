package org.gongkai.render.data;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.gongkai.model.Contacts;
import org.gongkai.model.Fee;
import org.gongkai.model.FeeStatus;
import org.gongkai.model.SchoolYear;
import org.gongkai.model.Stage;
import org.gongkai.render.Crumb;
import org.gongkai.render.DataPaths;
import org.gongkai.render.Layouts;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.PageSink;
import org.gongkai.render.Templates;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.view.LinkView;

/**
 * 收费公示: {@code fees/index.html} shows the latest school year in the data (never the clock's), and
 * {@code fees/<school-year>/} every school year. A school year with more rows than fit one page gets an index
 * of schools there and one page per school below it.
 */
final class FeePages {

    /** Above this many rows a school year is split into one page per school. */
    static final int ROWS_PER_PAGE = 400;
    /** From this many schools a page starts with an index of them. */
    static final int SCHOOLS_FOR_INDEX = 6;

    private final Templates templates;
    private final Layouts layouts;
    private final Contacts contacts;
    private final FeeHistory history;
    private final TreeMap<SchoolYear, List<Fee>> byYear = new TreeMap<>(Comparator.reverseOrder());
    private final List<Fee> all;

    FeePages(Templates templates, Layouts layouts, Contacts contacts, List<Fee> fees) {
        this.templates = templates;
        this.layouts = layouts;
        this.contacts = contacts;
        this.all = fees;
        this.history = new FeeHistory(fees);
        for (Fee fee : fees) {
            byYear.computeIfAbsent(fee.schoolYear(), y -> new ArrayList<>()).add(fee);
        }
    }

    List<WrittenPage> render(PageSink sink) {
        List<WrittenPage> written = Collections.synchronizedList(new ArrayList<>());
        SchoolYear latest = byYear.firstKey();
        byYear.entrySet().parallelStream().forEach(entry -> {
            SchoolYear year = entry.getKey();
            List<Fee> fees = entry.getValue();
            written.addAll(renderYear(year, fees, DataPaths.feesDir(year) + "index.html", sink));
            Downloads<Fee> downloads = FeeTable.downloads(history);
            sink.write(csvPath(year), downloads.csv(fees));
            sink.write(xlsxPath(year), downloads.xlsx(fees));
        });
        written.addAll(renderYear(latest, byYear.get(latest), DataPaths.fees(), sink));
        Downloads<Fee> downloads = FeeTable.downloads(history);
        sink.write(DataPaths.FEES + "fees.csv", downloads.csv(all));
        sink.write(DataPaths.FEES + "fees.xlsx", downloads.xlsx(all));
        List<WrittenPage> sorted = new ArrayList<>(written);
        sorted.sort(Comparator.comparing(WrittenPage::path));
        return sorted;
    }

    private static String csvPath(SchoolYear year) {
        return DataPaths.feesDir(year) + "fees-" + year + ".csv";
    }

    private static String xlsxPath(SchoolYear year) {
        return DataPaths.feesDir(year) + "fees-" + year + ".xlsx";
    }

    /** The page of one school year at {@code path}, plus its school pages when it is split. */
    private List<WrittenPage> renderYear(SchoolYear year, List<Fee> fees, String path, PageSink sink) {
        List<WrittenPage> written = new ArrayList<>();
        Map<Stage, Map<String, List<Fee>>> grouped = group(fees);
        boolean split = fees.size() > ROWS_PER_PAGE;
        boolean home = path.equals(DataPaths.fees());
        List<FeesView.IndexStage> index = new ArrayList<>();
        if (split || schoolCount(grouped) >= SCHOOLS_FOR_INDEX) {
            grouped.forEach((stage, schools) -> {
                List<LinkView> links = new ArrayList<>();
                schools.forEach((school, rows) -> links.add(LinkView.of(school,
                        split ? OutputPaths.link(path, DataPaths.feeSchool(year, school)) : "#" + schoolId(school),
                        schoolNote(rows))));
                index.add(new FeesView.IndexStage(stage.label(), links));
            });
        }
        List<FeesView.StageView> stages = split ? List.of() : stages(year, grouped);
        List<DownloadView> downloads = new ArrayList<>();
        downloads.add(new DownloadView(year.label() + "收费公示", OutputPaths.link(path, csvPath(year)),
                OutputPaths.link(path, xlsxPath(year)), fees.size() + "行"));
        if (home && byYear.size() > 1) {
            downloads.add(new DownloadView("全部学年收费公示", OutputPaths.link(path, DataPaths.FEES + "fees.csv"),
                    OutputPaths.link(path, DataPaths.FEES + "fees.xlsx"), all.size() + "行"));
        }
        String heading = year.label() + "收费公示";
        String intro = (home ? "本页为数据中最新的学年（" + year.label() + "）。" : "")
                + "按学段、学校列出每个收费项目的性质、标准、计费单位、收费依据和审批机关；免收的项目同样列出。"
                + (split ? "本学年学校较多，请在下方索引中选择学校。" : "");
        var view = new FeesView(heading, intro, yearLinks(path, year), contacts.complaintPhone(),
                contacts.priceHotline(), summary(fees, grouped), downloads, index, stages);
        List<Crumb> crumbs = home ? List.of(new Crumb("收费公示", path))
                : List.of(new Crumb("收费公示", DataPaths.fees()), new Crumb(year.label(), path));
        sink.write(path, templates.render("fees", layouts.layout(path, heading, intro, crumbs), view));
        written.add(new WrittenPage(path, Optional.empty()));
        if (split && !home) {
            grouped.forEach((stage, schools) -> schools.forEach((school, rows) ->
                    written.add(renderSchool(year, stage, school, rows, sink))));
        }
        return written;
    }

    private WrittenPage renderSchool(SchoolYear year, Stage stage, String school, List<Fee> rows, PageSink sink) {
        String path = DataPaths.feeSchool(year, school);
        String heading = school + year.label() + "收费公示";
        Map<Stage, Map<String, List<Fee>>> one = new EnumMap<>(Stage.class);
        one.put(stage, Map.of(school, rows));
        var view = new FeesView(heading, "学段：" + stage.label() + "。免收的项目同样列出。", yearLinks(path, year),
                contacts.complaintPhone(), contacts.priceHotline(), rows.size() + "个收费项目", List.of(
                new DownloadView(year.label() + "全部学校收费公示", OutputPaths.link(path, csvPath(year)),
                        OutputPaths.link(path, xlsxPath(year)), byYear.get(year).size() + "行")),
                List.of(), stages(year, one));
        var crumbs = List.of(new Crumb("收费公示", DataPaths.fees()),
                new Crumb(year.label(), DataPaths.feesDir(year) + "index.html"), new Crumb(school, path));
        sink.write(path, templates.render("fees", layouts.layout(path, heading, heading, crumbs), view));
        return new WrittenPage(path, Optional.empty());
    }

    private List<LinkView> yearLinks(String from, SchoolYear current) {
        List<LinkView> links = new ArrayList<>();
        for (SchoolYear year : byYear.keySet()) {
            LinkView link = LinkView.of(year.label(), OutputPaths.link(from, DataPaths.feesDir(year) + "index.html"));
            links.add(year.equals(current) ? link.asCurrent() : link);
        }
        return links;
    }

    private List<FeesView.StageView> stages(SchoolYear year, Map<Stage, Map<String, List<Fee>>> grouped) {
        List<FeesView.StageView> stages = new ArrayList<>();
        grouped.forEach((stage, schools) -> {
            List<FeesView.SchoolView> views = new ArrayList<>();
            schools.forEach((school, rows) -> {
                String id = schoolId(school);
                views.add(new FeesView.SchoolView(school, id, id + "-caption", school + year.label() + "收费项目（"
                        + rows.size() + "项）", distinct(rows, Fee::complaintPhone), distinct(rows, Fee::priceHotline),
                        rows.stream().map(this::row).toList()));
            });
            stages.add(new FeesView.StageView(stage.label(), "stage-" + stage.name().toLowerCase(Locale.ROOT), views));
        });
        return stages;
    }

    private FeesView.FeeRowView row(Fee fee) {
        boolean changed = history.changed(fee);
        String previous = history.previous(fee).filter(p -> changed)
                .map(p -> p.amount().plain() + (p.unit() != fee.unit() ? " " + p.unit().label() : "")).orElse("");
        return new FeesView.FeeRowView(fee.item(), fee.term().label(), fee.feeType().label(), DataFormats.yuan(fee.amount()),
                fee.unit().label(), fee.status().label(), fee.status() == FeeStatus.EXEMPT,
                fee.status() == FeeStatus.REDUCED, fee.voluntary(), changed, previous, history.isNew(fee),
                fee.basisDoc(), fee.basisDocNo(), fee.approvingAuthority(),
                DataFormats.validity(fee.effectiveFrom(), fee.effectiveTo()), fee.notes());
    }

    private String summary(List<Fee> fees, Map<Stage, Map<String, List<Fee>>> grouped) {
        long exempt = fees.stream().filter(f -> f.status() == FeeStatus.EXEMPT).count();
        long changed = fees.stream().filter(history::changed).count();
        return schoolCount(grouped) + "所学校，" + fees.size() + "个收费项目，其中免收" + exempt + "项"
                + (changed > 0 ? "，标准较上学年调整" + changed + "项" : "") + "。";
    }

    private String schoolNote(List<Fee> rows) {
        long changed = rows.stream().filter(history::changed).count();
        return rows.size() + "项" + (changed > 0 ? "，调整" + changed + "项" : "");
    }

    /** 学段 in their order, schools by their Chinese name (pinyin order), rows in file order. */
    static Map<Stage, Map<String, List<Fee>>> group(List<Fee> fees) {
        Collator collator = Collator.getInstance(Locale.CHINA);
        Comparator<String> byName = ((Comparator<String>) collator::compare).thenComparing(Comparator.naturalOrder());
        Map<Stage, Map<String, List<Fee>>> grouped = new EnumMap<>(Stage.class);
        for (Fee fee : fees) {
            grouped.computeIfAbsent(fee.stage(), s -> new TreeMap<>(byName))
                    .computeIfAbsent(fee.school(), s -> new ArrayList<>()).add(fee);
        }
        return grouped;
    }

    private static int schoolCount(Map<Stage, Map<String, List<Fee>>> grouped) {
        return grouped.values().stream().mapToInt(Map::size).sum();
    }

    static String schoolId(String school) {
        return "school-" + OutputPaths.key(school);
    }

    private static String distinct(List<Fee> rows, Function<Fee, String> number) {
        Set<String> numbers = new LinkedHashSet<>();
        rows.forEach(r -> numbers.add(number.apply(r)));
        numbers.remove("");
        return String.join("、", numbers);
    }
}
