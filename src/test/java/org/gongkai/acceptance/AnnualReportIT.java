package org.gongkai.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.acceptance.ShippedTool.Run;
import org.gongkai.testing.TestSite;

/** Issue 14 through the shipped launcher: the demo's annual report and xxgk column, and an annual report that does not add up. */
class AnnualReportIT {

    @Test
    void theDemoSiteBuildsItsAnnualReportAndTheColumn() throws IOException {
        Path demo = Folders.copy(ShippedTool.HOME.resolve("content"));
        Path root = Files.createTempDirectory("gongkai-demo-");
        Files.move(demo, root.resolve("content"));

        Run run = ShippedTool.gongkai(root, "build").assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path site = root.resolve("site");
        Document report = Jsoup.parse(site.resolve("xxgk/annual-reports/2021/index.html").toFile(), "UTF-8");
        assertThat(report.select("h1").text()).isEqualTo("宿松县教育局2021年政府信息公开工作年度报告");
        assertThat(report.select("table.annual-applications tr:has(th:contains(（七）总计)) td").eachText())
                .containsExactly("13", "2", "0", "0", "1", "0", "16");
        assertThat(Files.readString(site.resolve("xxgk/annual-reports/2021/annual-report-2021.csv"), StandardCharsets.UTF_8))
                .contains("行政事业性收费,本年收费金额（单位：万元）,126.45");
        Document column = Jsoup.parse(site.resolve("xxgk/index.html").toFile(), "UTF-8");
        assertThat(column.select("ul.xxgk-columns a").eachText()).contains("政府信息公开指南", "政府信息公开年报", "依申请公开");
        assertThat(site.resolve("xxgk/guide/index.html")).exists();
    }

    @Test
    void anAnnualReportThatDoesNotAddUpStopsTheBuildAndLeavesTheSite() {
        TestSite good = Sites.bureau();
        Run first = ShippedTool.gongkai(good.root(), "build");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Map<String, String> published = Folders.fingerprint(good.root().resolve("site"));
        good.file("content/annual-reports/2021.yaml", org.gongkai.build.AnnualReportTest.REPORT_2021
                .replace("carried_over: [2, 0, 0, 0, 0, 0]", "carried_over: [1, 0, 0, 0, 0, 0]"));

        Run run = ShippedTool.gongkai(good.root(), "build").assertNoTrace();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err() + run.out()).contains("content/annual-reports/2021.yaml:33: column 自然人: 一 14 + 二 1 = 15, "
                + "but 三（七）总计 13 + 四 1 = 14", "hint: the applications received and carried in must be");
        assertThat(Folders.fingerprint(good.root().resolve("site"))).isEqualTo(published);
    }
}
