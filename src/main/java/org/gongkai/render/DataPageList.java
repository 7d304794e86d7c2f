package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.gongkai.model.AnnualReport;
import org.gongkai.model.DataPageMeta;
import org.gongkai.model.SchoolYear;
import org.gongkai.model.Site;

/**
 * The pages made from data that are items of the 政府信息公开目录, with what their 信息属性 is looked up by: the key of
 * {@code disclosure.data_pages}, the page, its name and the 主题分类 it has when none is configured. The pages
 * themselves ({@code render.data}) and the catalogue take their names from here, so the two never disagree.
 */
public final class DataPageList {

    public static final String FEES_SUBJECT = "教育收费";
    public static final String PROJECTS_SUBJECT = "建设项目";
    public static final String AID_SUBJECT = "学生资助";

    /** What kind of data page an entry is, for the 法定主动公开内容's grouping. */
    public enum Kind { FEES, PROJECTS, AID, YEAR, ANNUAL_REPORT }

    /**
     * @param key the key in {@code disclosure.data_pages}
     * @param path the page's output path
     * @param defaultSubject the 主题分类 without a configured one (empty: none)
     * @param summary the 内容概述 of the catalogue
     * @param year the year the page is about
     */
    public record Entry(Kind kind, String key, String path, String title, String defaultSubject, String summary, int year) {
    }

    private DataPageList() {
    }

    public static String feesTitle(SchoolYear year) {
        return year.label() + "收费公示";
    }

    public static String yearTitle(int year) {
        return year + "年年度汇总";
    }

    public static String annualReportTitle(String bureau, int year) {
        return bureau + year + "年政府信息公开工作年度报告";
    }

    /** Every such page of {@code site}: school years newest first, projects, aid, years newest first, annual reports. */
    public static List<Entry> of(Site site) {
        List<Entry> entries = new ArrayList<>();
        TreeSet<SchoolYear> schoolYears = new TreeSet<>();
        site.datasets().fees().forEach(fee -> schoolYears.add(fee.schoolYear()));
        for (SchoolYear year : schoolYears.descendingSet()) {
            entries.add(new Entry(Kind.FEES, DataPageMeta.fees(year), DataPaths.feesDir(year) + "index.html", feesTitle(year),
                    FEES_SUBJECT, year.label() + "各学校的收费项目、标准、依据和审批机关", year.startYear()));
        }
        if (!site.datasets().projects().isEmpty()) {
            entries.add(new Entry(Kind.PROJECTS, DataPageMeta.PROJECTS, DataPaths.projects(), "项目建设", PROJECTS_SUBJECT,
                    "建设项目的状态、资金及其来源", 0));
        }
        if (!site.datasets().aid().isEmpty()) {
            entries.add(new Entry(Kind.AID, DataPageMeta.AID, DataPaths.aid(), "学生资助", AID_SUBJECT,
                    "各年度学生资助项目的资金和受助人数", 0));
        }
        for (int year : DataPaths.summaryYears(site)) {
            entries.add(new Entry(Kind.YEAR, DataPageMeta.year(year), DataPaths.year(year), yearTitle(year), "",
                    year + "年的工作报告、项目投入、学生资助和收费公示一览", year));
        }
        site.annualReports().stream().map(AnnualReport::year).sorted((a, b) -> b - a).forEach(year -> entries.add(
                new Entry(Kind.ANNUAL_REPORT, DataPageMeta.annualReport(year), XxgkPaths.annualReport(year),
                        annualReportTitle(site.config().bureau(), year), "", year + "年政府信息公开工作的情况和数据", year)));
        return entries;
    }
}
