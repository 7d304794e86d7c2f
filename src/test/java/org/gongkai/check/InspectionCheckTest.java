package org.gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongkai.lint.Finding;
import org.gongkai.problem.Language;
import org.gongkai.testing.TestSite;

/** Issue 14: the inspection checks of `gongkai check` on inline sites with `disclosure:`, each at file:line. */
class InspectionCheckTest {

    /** site.yaml with disclosure: (subjects written on line 6). */
    private static final String SITE = """
            -- content/site.yaml --
            title: 测试县教育局信息公开
            bureau: 测试县教育局
            disclosure:
              org_code: "A0001"
              index_pattern: "{org_code}/{year}-{seq:5}"
              subjects: [教育收费, 学生资助]
            """;

    private static String report(String index, String date, String published, String subject) {
        return "---\ntitle: 测试县教育局工作汇报\n"
                + (index.isEmpty() ? "" : "index: \"" + index + "\"\n")
                + (published.isEmpty() ? "" : "published: " + published + "\n")
                + (subject.isEmpty() ? "" : "subject: " + subject + "\n")
                + "date: " + date + "\nyear: " + date.substring(0, 4)
                + "\nperiod: 全年\ncategory: 工作汇报\ndepartment: 测试县教育局\n---\n\n今年工作。\n";
    }

    /** Both subjects used, recently: a site with nothing to say but what a test adds. */
    private static TestSite site(String more) {
        return TestSite.of(SITE + "-- content/reports/a.md --\n" + report("A0001/2021-00001", "2021-06-01", "2021-06-02", "教育收费")
                + "-- content/reports/b.md --\n" + report("A0001/2021-00002", "2021-06-01", "2021-06-02", "学生资助")
                + "-- content/annual-reports/2020.yaml --\n" + org.gongkai.build.AnnualReportTest.REPORT_2020 + more);
    }

    private static List<String> shown(TestSite site, String today, String... kinds) {
        List<Finding> findings = new SiteCheck().check(site.root(), LocalDate.parse(today)).findings();
        return findings.stream().filter(f -> List.of(kinds).contains(f.kind()))
                .map(f -> f.position() + " " + f.severity().name().toLowerCase() + " [" + f.kind() + "] "
                        + f.problem().message(Language.ZH)).toList();
    }

    @Test
    void aSiteWithItsColumnsInOrderHasNoInspectionFinding() {
        assertThat(shown(site(""), "2021-07-01", "item-metadata", "publish-delay", "stale-column", "empty-column",
                "annual-report")).isEmpty();
    }

    @Test
    void anItemWithoutIndexPublishedOrSubjectIsAnErrorAtTheOpeningLine() {
        TestSite site = site("-- content/reports/c.md --\n" + report("", "2021-06-01", "", "")
                + "-- content/pages/about.md --\n---\ntitle: 关于我们\nindex: \"A0001/2021-00003\"\n---\n\n正文。\n");

        assertThat(shown(site, "2021-07-01", "item-metadata")).containsExactly(
                "content/pages/about.md:1 error [item-metadata] 没有发布日期（published）：政府信息公开目录要列出每条信息的发布日期",
                "content/pages/about.md:1 error [item-metadata] 没有主题分类（subject）：政府信息公开目录按主题分类列出每条信息",
                "content/reports/c.md:1 error [item-metadata] 没有索引号（index）：开展政府信息公开的网站，每条信息都要有索引号",
                "content/reports/c.md:1 error [item-metadata] 没有发布日期（published）：政府信息公开目录要列出每条信息的发布日期",
                "content/reports/c.md:1 error [item-metadata] 没有主题分类（subject）：政府信息公开目录按主题分类列出每条信息");
    }

    @Test
    void withoutAnIndexPatternNoIndexIsRequired() {
        TestSite site = TestSite.of("""
                -- content/site.yaml --
                title: 测试县教育局信息公开
                bureau: 测试县教育局
                disclosure:
                  publisher: 测试县教育局
                -- content/reports/c.md --
                """ + report("", "2021-06-01", "2021-06-02", "教育收费"));
        assertThat(shown(site, "2021-07-01", "item-metadata")).isEmpty();
    }

    /**
     * 2021: 中秋节 9月19日 to 21日 off, 9月18日 (Saturday) and 26日 (Sunday) worked. From 9月1日, 9月29日 is the 20th
     * working day and 9月30日 the 21st; counting Monday to Friday without the 调休 would give 19.
     */
    @Test
    void publishedMoreThanTwentyWorkingDaysAfterTheDateIsAWarningCountedWithTheWorkedWeekendDays() {
        TestSite site = site("-- content/reports/late.md --\n" + report("A0001/2021-00003", "2021-09-01", "2021-09-30", "教育收费")
                + "-- content/reports/in-time.md --\n" + report("A0001/2021-00004", "2021-09-01", "2021-09-29", "教育收费")
                + "-- content/reports/national-day.md --\n" + report("A0001/2021-00005", "2021-09-28", "2021-10-26", "教育收费"));

        assertThat(shown(site, "2021-11-01", "publish-delay")).containsExactly(
                "content/reports/late.md:4 warning [publish-delay] 发布日期「2021-09-30」比成文日期「2021-09-01」晚了 21 个工作日，"
                        + "超过 20 个工作日（条例第二十六条）");
    }

    @Test
    void aSpanOutsideTheHolidayTableIsSaidOnceNotGuessed() {
        TestSite site = site("-- content/reports/old.md --\n" + report("A0001/2013-00001", "2013-01-04", "2013-06-01", "教育收费")
                + "-- content/reports/older.md --\n" + report("A0001/2012-00001", "2012-12-04", "2013-03-01", "教育收费")
                + "-- content/reports/quick.md --\n" + report("A0001/2011-00001", "2011-12-04", "2011-12-10", "教育收费"));

        assertThat(shown(site, "2021-07-01", "publish-delay")).containsExactly(
                "content/reports/old.md:4 info [publish-delay] 无法计算发布日期与成文日期之间的工作日：2012、2013 年不在节假日安排表中"
                        + "（表中有 2019—2026 年），这些信息没有按第二十六条检查");
    }

    @Test
    void siteYamlAddsAYearToTheTableAndItsMistakesAreErrorsAtTheirLines() {
        String config = SITE + """
                  holidays:
                    2030:
                      off: [2030-01-01, 2030-02-02 至 2030-02-08]
                      work: [2030-01-26]
                """;
        TestSite site = TestSite.of(config + "-- content/reports/a.md --\n" + report("A0001/2030-00001", "2030-01-01", "2030-02-12", "教育收费")
                + "-- content/reports/b.md --\n" + report("A0001/2030-00002", "2030-01-01", "2030-02-11", "学生资助"));

        // 2030: 1月2日 to 2月1日 are 23 weekdays, plus the worked 1月26日; 2月2日 to 8日 off, then 11日 and 12日
        assertThat(shown(site, "2030-03-01", "publish-delay")).containsExactly(
                "content/reports/a.md:4 warning [publish-delay] 发布日期「2030-02-12」比成文日期「2030-01-01」晚了 26 个工作日，"
                        + "超过 20 个工作日（条例第二十六条）",
                "content/reports/b.md:4 warning [publish-delay] 发布日期「2030-02-11」比成文日期「2030-01-01」晚了 25 个工作日，"
                        + "超过 20 个工作日（条例第二十六条）");

        TestSite wrong = TestSite.of(SITE + """
                  holidays:
                    2030:
                      off: [2030-01-01, 2031-01-01, 2030-13-01]
                      work: [2030-01-28]
                    "二〇三〇":
                      off: [2030-01-01]
                """ + "-- content/reports/a.md --\n" + report("A0001/2030-00001", "2030-01-01", "2030-01-02", "教育收费"));
        assertThat(shown(wrong, "2030-03-01", "input")).contains(
                "content/site.yaml:9:25 error [input] 「2031-01-01」不在 2030 年",
                "content/site.yaml:9:37 error [input] 「2030-13-01」不是日期，也不是「起 至 止」的日期范围（一个范围最多 32 天）",
                "content/site.yaml:10:14 error [input] 调休上班日「2030-01-28」不是周六或周日",
                "content/site.yaml:11 error [input] disclosure.holidays 中的「二〇三〇」不是年份");
    }

    @Test
    void emptyAndStaleColumns() {
        TestSite site = TestSite.of(SITE + "-- content/reports/a.md --\n" + report("A0001/2021-00001", "2021-01-04", "2021-01-05", "教育收费")
                + "-- content/reports/draft.md --\n" + report("A0001/2021-00002", "2021-07-01", "2021-07-02", "学生资助")
                        .replace("---\n\n", "draft: true\n---\n\n")
                + "-- content/data/fees.csv --\n" + "school,stage,school_year,term,item,fee_type,amount,unit,status,voluntary,"
                + "effective_from,effective_to,basis_doc,basis_doc_no,approving_authority,complaint_phone,price_hotline,notes\n");

        assertThat(shown(site, "2021-07-06", "stale-column", "empty-column")).containsExactly(
                "content/data/fees.csv:1 error [empty-column] 空白栏目：收费公示表没有数据行，网站上的「收费公示」是空的",
                "content/reports/a.md:4 warning [stale-column] 栏目不更新：工作报告最新的一篇发布于「2021-01-05」，已超过 6 个月没有新的信息",
                "content/reports/a.md:5:10 warning [stale-column] 栏目不更新：主题分类「教育收费」最新的一条信息发布于「2021-01-05」，"
                        + "已超过 6 个月没有新的信息",
                "content/site.yaml:6 error [empty-column] 空白栏目：主题分类「学生资助」下没有任何已发布的信息");
        assertThat(shown(site, "2021-07-05", "stale-column")).as("six months to the day are not too long").isEmpty();
    }

    @Test
    void staleMonthsFromSiteYamlAndTheDefaultVocabularyCountsOnlyTheSubjectsInUse() {
        TestSite site = TestSite.of("""
                -- content/site.yaml --
                title: 测试县教育局信息公开
                bureau: 测试县教育局
                disclosure:
                  stale_months: 2
                -- content/reports/a.md --
                """ + report("", "2021-01-04", "2021-01-05", "教育收费"));

        assertThat(shown(site, "2021-03-06", "stale-column", "empty-column")).containsExactly(
                "content/reports/a.md:3 warning [stale-column] 栏目不更新：工作报告最新的一篇发布于「2021-01-05」，已超过 2 个月没有新的信息",
                "content/reports/a.md:4:10 warning [stale-column] 栏目不更新：主题分类「教育收费」最新的一条信息发布于「2021-01-05」，"
                        + "已超过 2 个月没有新的信息");
    }

    @Test
    void aSiteWithDisclosureOwesTheAnnualReportEvenWithoutTheFolder() {
        TestSite site = TestSite.of(SITE + "-- content/reports/a.md --\n" + report("A0001/2021-00001", "2021-01-04", "2021-01-05", "教育收费"));
        assertThat(shown(site, "2022-02-01", "annual-report")).containsExactly(
                "content/annual-reports warning [annual-report] 没有 2021 年的政府信息公开工作年度报告：应当在 2022 年 1 月 31 日前公布（条例第四十九条）");
    }

    @Test
    void aSiteWithoutDisclosureGetsNoneOfTheseFindings() {
        TestSite site = TestSite.withConfig("-- content/reports/a.md --\n" + report("", "2019-01-04", "2019-06-05", ""));
        assertThat(shown(site, "2022-02-01", "item-metadata", "publish-delay", "stale-column", "empty-column",
                "annual-report")).isEmpty();
    }

    @Test
    void aDraftTakingAPublishedIndexIsAnErrorInCheckAndAWarningInABuildWithoutDrafts() {
        TestSite site = site("-- content/reports/draft.md --\n" + report("A0001/2021-00001", "2021-06-03", "2021-06-04", "教育收费")
                .replace("---\n\n", "draft: true\n---\n\n"));

        assertThat(shown(site, "2021-07-01", "input")).contains(
                "content/reports/draft.md:3:8 error [input] 索引号「A0001/2021-00001」已经用在 content/reports/a.md:3");
        assertThat(site.build().result().notices()).anyMatch(p -> p.position().toString().equals("content/reports/draft.md:3:8")
                && p.message(Language.ZH).equals("草稿的索引号「A0001/2021-00001」已经用在 content/reports/a.md:3：这篇草稿发布时会与它重复"));
    }

    @Test
    void theCommandPrintsThemInEnglishAndAsJson() {
        TestSite site = site("-- content/reports/c.md --\n" + report("", "2021-09-01", "2021-09-30", "教育收费"));

        TestSite.CliRun text = site.cli("check", "--today", "2021-10-01", "--lang", "en");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("content/reports/c.md:1: [item-metadata] no 索引号 (index): on a site under the 条例 every item has one\n"
                        + "  hint: run gongkai index assign",
                "content/reports/c.md:3: [publish-delay] 发布日期 「2021-09-30」 is 21 working days after the 成文日期 「2021-09-01」, "
                        + "more than 20 (条例 第二十六条)");

        TestSite.CliRun json = site.cli("check", "--today", "2021-10-01", "--format", "json", "--lang", "zh");
        assertThat(json.out()).contains("\"kind\" : \"item-metadata\"", "\"kind\" : \"publish-delay\"", "\"line\" : 3,",
                "没有索引号（index）");
    }
}
