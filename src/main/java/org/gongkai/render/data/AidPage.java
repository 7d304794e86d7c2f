package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gongkai.model.AidRecord;
import org.gongkai.model.DataPageMeta;
import org.gongkai.render.Crumb;
import org.gongkai.render.DataPageList;
import org.gongkai.render.DataPaths;
import org.gongkai.render.Layouts;
import org.gongkai.render.PageSink;
import org.gongkai.render.Templates;
import org.gongkai.render.WrittenPage;

/** {@code aid/index.html}: aid by year and programme; loans listed apart and never in an aid total. */
final class AidPage {

    private final Templates templates;
    private final Layouts layouts;

    AidPage(Templates templates, Layouts layouts) {
        this.templates = templates;
        this.layouts = layouts;
    }

    List<WrittenPage> render(List<AidRecord> aid, PageSink sink) {
        String path = DataPaths.aid();
        List<AidView.YearView> years = new ArrayList<>();
        byYear(aid).forEach((year, rows) -> years.add(year(year, rows)));
        String intro = "按年度和资助项目列出资金（万元）和受助人数。助学贷款须偿还，单独列出，不计入资助合计；"
                + "受助人数按单位（人、人次、份）分别合计，不同单位不相加。「约」表示原文为约数。";
        var view = new AidView(intro, List.of(new DownloadView("学生资助表", "aid.csv", "aid.xlsx", aid.size() + "行")), years);
        var meta = layouts.itemMeta().ofDataPage(DataPageMeta.AID, "学生资助", DataPageList.AID_SUBJECT);
        sink.write(path, templates.render("aid", layouts.layout(path, "学生资助", intro, List.of(new Crumb("学生资助", path))), view,
                meta));
        Downloads<AidRecord> downloads = AidTable.downloads();
        sink.write(DataPaths.AID + "aid.csv", downloads.csv(aid));
        sink.write(DataPaths.AID + "aid.xlsx", downloads.xlsx(aid));
        return List.of(new WrittenPage(path, layouts.itemMeta().lastChanged(DataPageMeta.AID)));
    }

    /** Newest year first; rows in file order. */
    static Map<Integer, List<AidRecord>> byYear(List<AidRecord> aid) {
        Map<Integer, List<AidRecord>> years = new TreeMap<>(Comparator.reverseOrder());
        aid.forEach(a -> years.computeIfAbsent(a.year(), y -> new ArrayList<>()).add(a));
        return years;
    }

    static AidView.YearView year(int year, List<AidRecord> rows) {
        List<AidRecord> grants = rows.stream().filter(r -> !r.kind().isLoan()).toList();
        List<AidRecord> loans = rows.stream().filter(r -> r.kind().isLoan()).toList();
        AidTotals grantTotals = AidTotals.of(grants);
        AidTotals loanTotals = AidTotals.of(loans);
        List<BarChart.Bar> bars = grants.stream().filter(g -> g.amount().isPresent())
                .map(g -> new BarChart.Bar(g.program(), g.amount().get().value(), DataFormats.wan(g.amount().get(), g.approximate())))
                .toList();
        List<ChartView> charts = bars.isEmpty() ? List.of() : List.of(new ChartView(year + "年资助资金（不含贷款，万元）",
                BarChart.svg("chart-aid-" + year, year + "年资助资金（不含贷款，万元）", "万元", bars)));
        return new AidView.YearView(String.valueOf(year), "aid-" + year, grants.stream().map(AidPage::row).toList(),
                grantTotals.amountText(), grantTotals.recipientsText(), grantTotals.withoutAmountText(),
                loans.stream().map(AidPage::row).toList(), loanTotals.amountText(), loanTotals.recipientsText(), charts);
    }

    private static AidView.RowView row(AidRecord a) {
        String recipients = a.recipients().isPresent() ? a.recipients().getAsInt() + a.recipientUnit().orElseThrow().label() : "";
        return new AidView.RowView(a.program(), a.stage().map(s -> s.label()).orElse(""), a.region(), a.term().label(),
                recipients, DataFormats.wan(a.amount(), a.approximate()), a.perCapitaStandard(), a.fundingLevel().label(),
                a.kind().label(), DataFormats.date(a.asOf()), a.notes());
    }
}
