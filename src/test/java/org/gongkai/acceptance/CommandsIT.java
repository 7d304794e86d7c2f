package org.gongkai.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.gongkai.acceptance.ShippedTool.Run;
import org.gongkai.testing.TestSite;

/** check, new and the data a real bureau has, through the shipped launcher. */
class CommandsIT {

    @Test
    void checkListsABadRowAndTheFindingsOnEverythingElse() {
        TestSite site = Sites.bureau()
                .file("content/data/fees.csv", Sites.FEES_HEADER + "\n" + Sites.FEE_ROW.replace(",600.00,", ",600元,")
                        + "\n" + Sites.FEE_ROW_2 + "\n")
                .file("content/reports/2011/2011-12-30-annual-summary.md", Sites.REPORT.replace("严格执行", "严格执行XX"));

        // the English texts, as the unit tests read them; FindingsInChineseTest has the Chinese of the rules
        Run run = ShippedTool.gongkai(site.root(), "check", "--lang", "en").assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        String all = run.out() + run.err();
        assertThat(all).contains("content/data/fees.csv:2:7: [input] amount 「600元」 is not an amount in 元")
                .contains("content/reports/2011/2011-12-30-annual-summary.md:15:19:")
                .contains("[placeholder] 「XX收」 looks like an unfilled placeholder");
        assertThat(site.root().resolve("site")).as("check never writes site/").doesNotExist();
    }

    @Test
    void aCleanSitePassesCheck() {
        Run run = ShippedTool.gongkai(Sites.bureau().root(), "check").assertNoTrace();
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void newSiteBuildsAndNewNeverOverwrites() throws IOException {
        Path parent = TestSite.of("").root();
        Run made = ShippedTool.gongkai(parent, "new", "site", "我的站点", "--bureau", "宿松县教育局").assertNoTrace();
        assertThat(made.exitCode()).as(made.toString()).isZero();
        Path site = parent.resolve("我的站点");

        Run built = ShippedTool.gongkai(site, "build").assertNoTrace();
        assertThat(built.exitCode()).as(built.toString()).isZero();
        assertThat(site.resolve("site/index.html")).exists();

        Path yaml = site.resolve("content/site.yaml");
        byte[] before = Files.readAllBytes(yaml);
        Run again = ShippedTool.gongkai(parent, "new", "site", "我的站点").assertNoTrace();
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(1);
        assertThat(Files.readAllBytes(yaml)).isEqualTo(before);
    }

    /** 九年一贯制: the 小学 and 初中 sections of one school charge the same item in the same term. */
    @Test
    void aNineYearSchoolPublishesTheSameItemForEachStage() {
        String primary = "宿松县二郎镇九年一贯制学校,小学,2011-2012,秋季学期,住宿费,行政事业性收费,300.00,元/生·学期,收取,否,"
                + "2011-09-01,2012-08-31,《关于规范学校住宿费标准的通知》,宿价〔2012〕21号,宿松县物价局,,,";
        String junior = primary.replace(",小学,", ",初中,").replace(",300.00,", ",400.00,");
        TestSite site = Sites.bureau().file("content/data/fees.csv", Sites.FEES_HEADER + "\n" + primary + "\n" + junior + "\n");

        Run run = ShippedTool.gongkai(site.root(), "build").assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(InputFormsIT.read(site.root().resolve("site"), "fees/index.html")).contains("300.00", "400.00");
    }
}
