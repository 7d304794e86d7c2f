package org.gongkai.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.gongkai.acceptance.ShippedTool.Run;
import org.gongkai.testing.TestSite;

/**
 * Issue 14 through the shipped launcher: the inspection checks of `gongkai check` on a site with `disclosure:`
 * (exit 1, Chinese messages at file:line), and `gongkai index assign` with and without `--dry-run`.
 */
class InspectionIT {

    private static final String SITE = """
            -- content/site.yaml --
            title: 测试县教育局信息公开
            bureau: 测试县教育局
            disclosure:
              org_code: "A0001"
              index_pattern: "{org_code}/{year}-{seq:5}"
              subjects: [教育收费, 学生资助]
            """;

    private static String report(String extra, String date) {
        return "---\ntitle: 测试县教育局工作汇报\n" + extra + "date: " + date + "\nyear: " + date.substring(0, 4)
                + "\nperiod: 全年\ncategory: 工作汇报\ndepartment: 测试县教育局\n---\n\n今年工作。\n";
    }

    @Test
    void checkReportsEveryInspectionFindingInChineseAtItsLine() {
        TestSite site = TestSite.of(SITE
                + "-- content/reports/late.md --\n" + report("index: \"A0001/2021-00001\"\npublished: 2021-09-30\nsubject: 教育收费\n", "2021-09-01")
                + "-- content/reports/bare.md --\n" + report("", "2021-09-01")
                + "-- content/data/aid.csv --\n" + Sites.AID_HEADER + "\n");
        Run run = ShippedTool.gongkai(site.root(), "check", "--today", "2022-06-01", "--lang", "zh");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains(
                "content/reports/bare.md:1: [item-metadata] 没有索引号（index）：开展政府信息公开的网站，每条信息都要有索引号\n"
                        + "  提示：运行 gongkai index assign，按 site.yaml 的 index_pattern 补上下一个空号（只改这一行）",
                "content/reports/bare.md:1: [item-metadata] 没有发布日期（published）",
                "content/reports/bare.md:1: [item-metadata] 没有主题分类（subject）",
                "content/reports/late.md:4: [publish-delay] 发布日期「2021-09-30」比成文日期「2021-09-01」晚了 21 个工作日，超过 20 个工作日（条例第二十六条）",
                "content/reports/late.md:4: [stale-column] 栏目不更新：工作报告最新的一篇发布于「2021-09-30」，已超过 6 个月没有新的信息",
                "content/site.yaml:6: [empty-column] 空白栏目：主题分类「学生资助」下没有任何已发布的信息",
                "content/data/aid.csv:1: [empty-column] 空白栏目：学生资助表没有数据行，网站上的「学生资助」是空的",
                "content/annual-reports: [annual-report] 没有 2021 年的政府信息公开工作年度报告");
        assertThat(run.err()).doesNotContain("Exception");

        Run json = ShippedTool.gongkai(site.root(), "check", "--today", "2022-06-01", "--format", "json");
        assertThat(json.out()).contains("\"kind\" : \"empty-column\"", "\"kind\" : \"stale-column\"");
    }

    @Test
    void indexAssignWritesOneLineKeepingBomAndCrlfAndDryRunWritesNothing() throws Exception {
        String crlf = report("", "2021-03-01").replace("\n", "\r\n");
        byte[] original = ("\uFEFF" + crlf).getBytes(StandardCharsets.UTF_8);
        TestSite site = TestSite.of(SITE + "-- content/reports/a.md --\n" + report("index: \"A0001/2021-00002\"\n", "2021-01-10"))
                .file("content/reports/b.md", original);
        Path b = site.root().resolve("content/reports/b.md");

        Run dry = ShippedTool.gongkai(site.root(), "index", "assign", "--dry-run", "--lang", "zh");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("content/reports/b.md:3: index: \"A0001/2021-00003\"",
                "将写入 1 个索引号（--dry-run：没有改动任何文件）");
        assertThat(Files.readAllBytes(b)).isEqualTo(original);

        Run run = ShippedTool.gongkai(site.root(), "index", "assign", "--lang", "zh");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("已写入 1 个索引号");
        String expected = "\uFEFF" + report("index: \"A0001/2021-00003\"\n", "2021-03-01").replace("\n", "\r\n");
        assertThat(Files.readAllBytes(b)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void indexAssignRefusesOnASiteWithoutAPattern() {
        TestSite site = TestSite.of(TestSite.SITE_YAML + "-- content/reports/a.md --\n" + report("", "2021-03-01"));
        Run run = ShippedTool.gongkai(site.root(), "index", "assign", "--lang", "zh");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("content/site.yaml: site.yaml 中没有索引号格式（disclosure.index_pattern，且要有 {seq} 序号），无法编号",
                "提示：在 site.yaml 的 disclosure: 下写上");
        assertThat(run.err()).doesNotContain("Exception");
    }
}
