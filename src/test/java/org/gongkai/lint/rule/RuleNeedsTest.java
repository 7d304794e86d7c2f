package org.gongkai.lint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.gongkai.testing.TestSite;
import org.gongkai.lint.ContentLint;
import org.gongkai.lint.Finding;
import org.gongkai.lint.data.DataTables;
import org.gongkai.lint.text.LintDocument;
import org.gongkai.lint.text.LintText;
import org.gongkai.lint.text.MarkdownText;
import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.model.Datasets;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.problem.Problems;

/**
 * Each rule's {@link ContentRule#needs()} is true: with every input it does not declare withheld (an empty body, no
 * front matter text, no report fields, no site.yaml, no data), it finds exactly what it finds with all of them. So a
 * build may skip a rule whose declared inputs did not change.
 */
class RuleNeedsTest {

    private static final List<ContentRule> RULES = List.of(new PlaceholderRule(), new MissingNumberRule(),
            new TotalMismatchRule(), new YearMismatchRule(), new DocNumberRule(), new PunctuationRule(),
            new PersonalDataRule(), new DataMismatchRule(), new StandInRule());
    private static final MarkdownText MARKDOWN = new MarkdownText(new MarkdownRenderer(), AnchorStarts.of(RULES),
            ContentLint.KINDS);
    private static Site site;

    @BeforeAll
    static void loadTheSamples() throws IOException {
        TestSite files = TestSite.withConfig("""
                contacts:
                  phone: "0556-1001001"
                """);
        for (String name : List.of("2006-06-29-jinxiu-2006-h1-summary.md", "2011-12-30-susong-2011-annual-summary.md",
                "2013-01-18-wuhou-2013-work-report.md", "2013-03-08-duji-2013-spring-opening.md")) {
            files.file("content/reports/" + name, resource("samples/reports/" + name));
        }
        for (String name : List.of("aid.csv", "projects.csv", "fees.csv")) {
            files.file("content/data/" + name, resource("samples/" + name));
        }
        files.file("content/reports/2013-05-01-needs.md", """
                ---
                title: 测试县教育局2012年工作总结
                date: 2013-05-01
                year: 2013
                period: 全年
                category: 年度总结
                department: XX县教育局
                ---

                依据测教〔2013〕5号和测教[2013]6号文件，共投入资金万元，联系电话13800138000。

                | 项目 | 金额（万元） |
                | --- | --- |
                | 甲 | 10 |
                | 乙 | 20 |
                | 合计 | 40 |

                2012年全县共有学生2012人,教师300人.
                """);
        Problems problems = new Problems();
        site = new SiteLoader(new SitePaths(files.root())).load(true, problems).orElseThrow();
        assertThat(problems.hasErrors()).as("%s", problems.list()).isFalse();
    }

    @Test
    void everyRuleFindsTheSameWithTheInputsItDoesNotDeclareWithheld() {
        int found = 0;
        for (ContentRule rule : RULES) {
            for (Report report : site.reports()) {
                List<String> all = run(rule, report, EnumSet.allOf(RuleInput.class));
                assertThat(run(rule, report, rule.needs())).as(rule.kind() + " on " + report.sourcePath()).isEqualTo(all);
                found += all.size();
            }
        }
        assertThat(found).isGreaterThan(10);
    }

    /** Withholding a declared input does change what some rules find: the test above can fail. */
    @Test
    void withholdingADeclaredInputChangesTheFindings() {
        Report needs = site.reports().stream().filter(r -> r.sourcePath().endsWith("needs.md")).findFirst().orElseThrow();
        for (ContentRule rule : List.of(new PlaceholderRule(), new DocNumberRule(), new PersonalDataRule(),
                new PunctuationRule(), new TotalMismatchRule(), new MissingNumberRule(), new YearMismatchRule())) {
            Set<RuleInput> fewer = EnumSet.allOf(RuleInput.class);
            fewer.remove(RuleInput.BODY);
            fewer.remove(RuleInput.REPORT_FIELDS);
            fewer.remove(RuleInput.FRONT_MATTER_TEXT);
            assertThat(run(rule, needs, fewer)).as(rule.kind()).isNotEqualTo(run(rule, needs, EnumSet.allOf(RuleInput.class)));
        }
    }

    /** The rule's findings on one report, given only {@code inputs}; findings as text, in order. */
    private static List<String> run(ContentRule rule, Report report, Set<RuleInput> inputs) {
        String file = report.sourcePath();
        LintText frontMatter = inputs.contains(RuleInput.FRONT_MATTER_TEXT) ? MARKDOWN.frontMatter(file, report.frontMatter())
                : LintText.empty(file);
        LintDocument document = MARKDOWN.read(file, inputs.contains(RuleInput.REPORT_FIELDS) ? report : null, frontMatter,
                inputs.contains(RuleInput.BODY) ? report.body() : "", report.bodyLine());
        DataTables data = DataTables.of(inputs.contains(RuleInput.DATA_TABLES) || inputs.contains(RuleInput.DATA_FILES)
                ? site.datasets() : Datasets.EMPTY);
        ContentRule.Context context = new ContentRule.Context(inputs.contains(RuleInput.SITE_CONFIG) ? site.config() : null,
                data);
        List<Finding> out = new ArrayList<>();
        rule.check(document, context, out);
        return out.stream().map(f -> f.position() + " " + f.problem().message()).toList();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = RuleNeedsTest.class.getResourceAsStream("/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
