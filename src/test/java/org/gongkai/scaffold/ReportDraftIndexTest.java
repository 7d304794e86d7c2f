package org.gongkai.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.gongkai.load.SitePaths;
import org.gongkai.problem.Problems;
import org.gongkai.testing.TestSite;

/** Issue 14: `gongkai new report` gives the draft the next free 索引号, and leaves the 发布日期 to the editor. */
class ReportDraftIndexTest {

    private static final String SITE = """
            -- content/site.yaml --
            title: 测试县教育局信息公开
            bureau: 测试县教育局
            disclosure:
              org_code: "A0001"
              index_pattern: "{org_code}/{year}-{seq:5}"
              subjects: [教育收费, 学生资助]
            -- content/reports/a.md --
            ---
            title: 测试县教育局工作汇报
            index: "A0001/2025-00002"
            date: 2025-01-10
            year: 2025
            period: 全年
            category: 工作汇报
            department: 测试县教育局
            draft: true
            ---

            正文。
            -- content/pages/p.md --
            ---
            title: 关于我们
            index: "A0001/2025-00004"
            ---

            正文。
            """;

    private static Optional<ReportDraft.Created> create(TestSite site, String title) {
        return ReportDraft.create(new SitePaths(site.root()), ReportDraft.Request.of(title), LocalDate.of(2025, 3, 1), new Problems());
    }

    @Test
    void theDraftGetsTheNextFreeNumberOfItsDatesYearAndCommentsForPublishedAndSubject() throws IOException {
        TestSite site = TestSite.of(SITE);
        ReportDraft.Created created = create(site, "测试县教育局2024年工作总结").orElseThrow();

        assertThat(created.index()).contains("A0001/2025-00005");
        assertThat(Files.readString(created.file())).startsWith("""
                ---
                title: "测试县教育局2024年工作总结"
                index: "A0001/2025-00005"
                date: 2025-03-01
                # published: YYYY-MM-DD  # 发布日期：发布当天填写，并去掉行首的 #
                # subject: 教育收费  # 主题分类，取其一：教育收费、学生资助；填好后去掉行首的 #
                year: 2024
                """);
        assertThat(create(site, "测试县教育局2025年工作要点").orElseThrow().index()).as("the first draft's number is taken")
                .contains("A0001/2025-00006");
    }

    @Test
    void aSiteWithoutDisclosureGetsTheDraftAsBefore() throws IOException {
        TestSite site = TestSite.withConfig("");
        ReportDraft.Created created = create(site, "测试县教育局2024年工作总结").orElseThrow();

        assertThat(created.index()).isEmpty();
        assertThat(Files.readString(created.file())).startsWith("---\ntitle: \"测试县教育局2024年工作总结\"\ndate: 2025-03-01\nyear: 2024\n")
                .doesNotContain("published", "index");
    }
}
