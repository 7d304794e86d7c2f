package org.gongkai.lint;

import org.gongkai.lint.rule.DataMismatchRule;
import org.gongkai.lint.rule.DocNumberRule;
import org.gongkai.lint.rule.MissingNumberRule;
import org.gongkai.lint.rule.PersonalDataRule;
import org.gongkai.lint.rule.PlaceholderRule;
import org.gongkai.lint.rule.PunctuationRule;
import org.gongkai.lint.rule.TotalMismatchRule;
import org.gongkai.lint.rule.YearMismatchRule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.model.Site;
import org.gongkai.problem.Language;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.testing.TestSite;

/** Issue 13: the content rules' findings as bureau staff read them, in Chinese (the tests run in English). */
class FindingsInChineseTest {

    private static String zh(Finding finding) {
        return finding.problem().message(Language.ZH);
    }

    private static String zhHint(Finding finding) {
        return finding.problem().hint(Language.ZH);
    }

    private static Finding only(String kind, String body) {
        List<Finding> found = LintRun.ofKind(LintRun.body(body), kind);
        assertThat(found).as(kind + " in " + body).hasSize(1);
        return found.get(0);
    }

    @Test
    void placeholders() {
        Finding xx = only(PlaceholderRule.KIND, "43名教师获XX市班主任技能大赛总决赛一、二等奖。\n");
        assertThat(zh(xx)).isEqualTo("「XX市」像是没有填写的占位符");
        assertThat(zhHint(xx)).isEqualTo("发布前请换成真实的名称或数字");

        Finding docNumber = only(PlaceholderRule.KIND, "出台了《德保县“普九”迎检工作方案》（德办发〔XX〕24号）。\n");
        assertThat(zh(docNumber)).isEqualTo("文号「德办发〔XX〕24号」没有填写完整");
        assertThat(zhHint(docNumber)).startsWith("请写出完整的文号，例如「宿教〔2011〕18号」");

        assertThat(zh(only(PlaceholderRule.KIND, "反对“”。\n"))).isEqualTo("「对“”」：括号里是空的，有内容没有填写");
        assertThat(zh(only(PlaceholderRule.KIND, "还出台了《关于印发的通知》。\n")))
                .isEqualTo("「关于印发的通知」：缺少文件的标题");
        assertThat(zh(only(PlaceholderRule.KIND, "本文来自文秘网。\n")))
                .isEqualTo("「本文来自文」是从下载网站或模板里带过来的文字，不是报告的内容");
    }

    @Test
    void missingNumbers() {
        Finding unit = only(MissingNumberRule.KIND, "检查学校占学校总数的 %。\n");
        assertThat(zh(unit)).isEqualTo("「学校总数的 %」：这里好像少了一个数字");
        assertThat(zhHint(unit)).isEqualTo("请补上漏掉的数字，或者改写这句话");

        Finding rate = only(MissingNumberRule.KIND, "目前，小学阶段巩固率达99.5以上。\n");
        assertThat(zh(rate)).isEqualTo("「巩固率达99.5以上」：99.5 后面好像少了 % 号");
        assertThat(zhHint(rate)).isEqualTo("请写成 99.5%");
    }

    @Test
    void totalsThatDoNotAddUp() {
        Finding prose = only(TotalMismatchRule.KIND, "落实各类教育惠民政策资金3315余万元：农民工子女入学专项补贴、杂费补贴588万元，"
                + "免除课本、作业本费1313.93万元，中职国家助学金745.67万元，高中助学金补助331.71万元，幼儿补助285万元。\n");
        assertThat(zh(prose)).isEqualTo("「3315余万元」与各项之和不符：588万元 + 1313.93万元 + 745.67万元 + 331.71万元 + 285万元 = "
                + "3264.31万元，比文中写的少 50.69万元（「余」「多」表示多于 3315）");
        assertThat(zhHint(prose)).isEqualTo("请对照原始材料逐项核对，改正分项或总数");

        Finding table = only(TotalMismatchRule.KIND, """
                落实各类教育惠民政策资金3315余万元。各项资助落实情况如下：

                | 资助项目 | 金额（万元） |
                |---|---:|
                | 农民工子女入学专项补贴、杂费补贴 | 588 |
                | 免除义务教育阶段学生课本、作业本费 | 1313.93 |
                | 中职国家助学金 | 745.67 |
                | 高中助学金补助 | 331.71 |
                | 幼儿补助 | 285 |
                | 合计 | 3315 |
                """);
        assertThat(zh(table)).isEqualTo("合计「3315」与各行之和不符：588 + 1313.93 + 745.67 + 331.71 + 285 = 3264.31万元，"
                + "比文中写的少 50.69万元；第 10 行写的同一个总数是「3315余万元」");

        Finding part = only(TotalMismatchRule.KIND, "公开招聘新教师18名，其中特岗教师116名，全部充实到农村学校。\n");
        assertThat(zh(part)).isEqualTo("「18名」比其中的一项「特岗教师116名」还少");
        assertThat(zhHint(part)).isEqualTo("部分不可能大于总数：请对照原始材料核对这两个数字");
    }

    @Test
    void yearsThatDisagree() {
        List<Finding> text = LintRun.ofKind(LintRun.report(LintRun.FRONT_MATTER.replace("2013-12-30", "2013-01-18")
                + "高考本科升学率64.8%，从2011年的全市第4，提升到2012年的全市第2。\n\n承办2012年全民终身学习活动周全国总开幕式。\n"),
                YearMismatchRule.KIND);
        assertThat(text).singleElement().satisfies(f -> {
            assertThat(zh(f)).isEqualTo("`year` 和标题写的都是 2013 年，但正文写的是 2012 年的情况：「提升到2012年的全市第2」（第 10 行）、"
                    + "「承办2012年全民终身学习活动周」（第 12 行）；报告日期是 2013-01-18，在 2013 年年初，还不能总结这一整年");
            assertThat(zhHint(f)).isEqualTo("如果报告写的是 2012 年，请改成 `year: 2012`，并改正标题；如果写的是 2013 年，请改正正文里的年份");
        });

        List<Finding> title = LintRun.ofKind(LintRun.report(LintRun.FRONT_MATTER.replace("测试县教育局2013年", "测试县教育局2023年")
                + "2013年，我县享受国家助学金学生2795人。2013年春季配发了教材。\n"), YearMismatchRule.KIND);
        assertThat(title).singleElement().satisfies(f -> {
            assertThat(zh(f)).isEqualTo("标题写的是 2023 年，但 `year` 写的是 2013，正文写的也是 2013 年");
            assertThat(zhHint(f)).isEqualTo("请改正标题里的年份");
        });
    }

    @Test
    void documentNumbers() {
        Finding brackets = only(DocNumberRule.KIND, "按照《关于推荐文明单位的通知》（丹文明委[2011]11号）要求。\n");
        assertThat(zh(brackets)).isEqualTo("文号「丹文明委[2011]11号」用了 []，应当用〔〕");
        assertThat(zhHint(brackets)).contains("括号用六角括号〔〕", "例如「丹文明委〔2011〕11号」");

        // several things wrong: one sentence, the clauses separated as Chinese separates them
        assertThat(zh(only(DocNumberRule.KIND, "根据宿价[11]第18号文件。\n")))
                .isEqualTo("文号「宿价[11]第18号」用了 []，应当用〔〕；年份只有 2 位；顺序号前面多了「第」字");

        Finding noHao = only(DocNumberRule.KIND, "根据宿价〔2011〕18文件。\n");
        assertThat(zh(noHao)).isEqualTo("文号「〔2011〕18」的顺序号后面少了「号」字");
        assertThat(zhHint(noHao)).isEqualTo("请写成「〔2011〕18号」");
    }

    @Test
    void asciiPunctuation() {
        List<Finding> found = LintRun.ofKind(LintRun.body("这样做对吗?太好了!\n\n提升教师队伍的业务素质.一个幼儿园\n"),
                PunctuationRule.KIND);

        assertThat(found).extracting(FindingsInChineseTest::zh).containsExactly(
                "中文里用了半角标点：「?」→「？」、「!」→「！」（这一行共 2 处）", "中文里用了半角标点：「.」→「。」");
        assertThat(zhHint(found.get(0))).startsWith("中文要用全角标点（GB/T 15834）").contains("`gongkai check --fix`");
    }

    @Test
    void personalData() {
        List<Finding> found = LintRun.ofKind(LintRun.body("困难学生张三，身份证号11010519491231002X，联系电话138-0013-8000。\n\n"
                + "补助发放至银行卡6222 0212 3456 7894。\n"), PersonalDataRule.KIND);
        assertThat(found).extracting(FindingsInChineseTest::zh).containsExactly("「110105********002X」是居民身份证号码",
                "「138****8000」是手机号码", "「622202******7894」像是银行卡号");
        assertThat(zhHint(found.get(0))).isEqualTo("个人信息不得公开（保密审查）：请删除，或者像本条提示这样把中间几位换成 *");

        List<Finding> inData = LintRun.ofKind(LintRun.site(TestSite.withConfig("""
                -- content/data/aid.csv --
                program,stage,region,year,term,recipients,recipient_unit,amount_wan,per_capita_standard,funding_level,kind,approximate,as_of,notes
                国家助学金,中等职业教育,宿松县,2011,全年,2795,人,200,,中央和地方,助学金,是,2011-12-30,联系人13800138000
                """)), PersonalDataRule.KIND);
        assertThat(inData).extracting(FindingsInChineseTest::zh).containsExactly("`notes` 列中的「138****8000」是手机号码");
    }

    @Test
    void figuresThatContradictTheDataFiles() {
        String aid = """
                -- content/data/aid.csv --
                program,stage,region,year,term,recipients,recipient_unit,amount_wan,per_capita_standard,funding_level,kind,approximate,as_of,notes
                农民工子女入学专项补贴、杂费补贴,义务教育,成都市武侯区,2012,全年,,,588,,地方,补贴,否,2012-12-31,
                免除义务教育阶段学生课本、作业本费,义务教育,成都市武侯区,2012,全年,,,1313.93,,地方,免除,否,2012-12-31,
                中职国家助学金发放、价格补助,中等职业教育,成都市武侯区,2012,全年,55758,人次,745.67,,中央和地方,助学金,否,2012-12-31,
                高中助学金补助,普通高中,成都市武侯区,2012,全年,4330,人次,331.71,,中央和地方,助学金,否,2012-12-31,
                公益性幼儿园、城乡低保家庭幼儿补助,学前教育,成都市武侯区,2012,全年,5280,人次,285,,地方,补贴,否,2012-12-31,
                """;
        String report = """
                -- content/reports/r.md --
                ---
                title: 区教育局2013年工作汇报
                date: 2013-01-18
                year: 2013
                period: 全年
                category: 工作汇报
                department: 成都市武侯区教育局
                ---

                落实各类教育惠民政策资金3315余万元：农民工子女入学专项补贴、杂费补贴588万元，免除义务教育阶段学生课本、作业本费1313.93万元，\
                中职国家助学金发放、价格补助745.67万元，高中助学金补助381.71万元，公益性幼儿园、城乡低保家庭幼儿补助285万元。
                """;
        List<Finding> found = LintRun.ofKind(LintRun.site(TestSite.withConfig(aid + report)), DataMismatchRule.KIND);

        assertThat(found).extracting(FindingsInChineseTest::zh).contains(
                "「381.71万元」（高中助学金补助）与 content/data/aid.csv 第 5 行不符：「高中助学金补助」是 331.71万元");
        assertThat(found).extracting(FindingsInChineseTest::zhHint)
                .contains("请改正文中的数字；如果是 content/data/aid.csv 里的这一行有误，就改正这一行");
    }

    @Test
    void aBuildShowsTheKindBeforeTheChineseMessageAndSumsUpTheRest() throws IOException {
        StringBuilder body = new StringBuilder("43名教师获XX市班主任技能大赛一等奖。\n\n");
        for (int i = 0; i < 60; i++) {
            body.append("第").append(i).append("段,XX县的情况.\n\n");
        }
        TestSite site = TestSite.withConfig("-- content/reports/r.md --\n" + LintRun.FRONT_MATTER + body);
        Problems problems = new Problems();
        Site loaded = new SiteLoader(new SitePaths(site.root())).load(true, problems).orElseThrow();
        List<Problem> build = new ContentLint().forBuild(loaded);

        assertThat(build.get(0).message(Language.ZH)).isEqualTo("[placeholder] 「XX市」像是没有填写的占位符");
        assertThat(build.get(0).message()).isEqualTo("[placeholder] 「XX市」 looks like an unfilled placeholder");
        Problem more = build.get(build.size() - 1);
        assertThat(more.message(Language.ZH)).matches("还有 \\d+ 条内容检查结果没有在这里列出");
        assertThat(more.hint(Language.ZH)).isEqualTo("运行 `gongkai check` 查看全部结果");
    }

    /** Quoted input 「…」, code `…`, paths and standards' names are not sentences; what is left must be Chinese. */
    private static final Pattern NOT_A_SENTENCE = Pattern.compile("「[^「」]*(?:「[^「」]*」[^「」]*)*」|`[^`]*`|\\S*[/.][\\w/.\\-]*|U\\+\\w+"
            + "|\\[[a-z-]+]|\\*+");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    /** Every finding of the seed cases and the sample reports, in Chinese, has no English word left in it. */
    @Test
    void noEnglishWordInAnyFindingOfTheSeedCasesAndSamples() throws IOException, URISyntaxException {
        List<Finding> findings = new ArrayList<>(seedCaseFindings());
        TestSite samples = TestSite.withConfig("");
        for (String name : List.of("2006-06-29-jinxiu-2006-h1-summary.md", "2011-12-30-susong-2011-annual-summary.md",
                "2013-01-18-wuhou-2013-work-report.md", "2013-03-08-duji-2013-spring-opening.md")) {
            samples.file("content/reports/" + name, resource("samples/reports/" + name));
        }
        for (String name : List.of("aid.csv", "projects.csv", "fees.csv")) {
            samples.file("content/data/" + name, resource("samples/" + name));
        }
        findings.addAll(LintRun.site(samples));

        assertThat(findings.stream().map(Finding::kind).distinct()).hasSizeGreaterThanOrEqualTo(7);
        List<String> english = new ArrayList<>();
        for (Finding finding : findings) {
            for (String text : List.of(zh(finding), zhHint(finding))) {
                Matcher word = LATIN_WORD.matcher(NOT_A_SENTENCE.matcher(text).replaceAll(""));
                if (word.find()) {
                    english.add(finding.position() + " " + text);
                }
            }
        }
        assertThat(english).isEmpty();
    }

    private static List<Finding> seedCaseFindings() throws URISyntaxException {
        Path root = Path.of(FindingsInChineseTest.class.getResource("/lint-cases").toURI());
        Problems problems = new Problems();
        Site site = new SiteLoader(new SitePaths(root)).load(true, problems).orElseThrow();
        return new ContentLint().run(site);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = FindingsInChineseTest.class.getResourceAsStream("/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
