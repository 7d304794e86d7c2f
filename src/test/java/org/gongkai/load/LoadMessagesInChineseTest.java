package org.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.gongkai.problem.Language;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;

/**
 * Issue 13: what the loader says about site.yaml, front matter and report files, as bureau staff read it (Chinese
 * by default; the tests run in English, so these ask for Chinese). Values, keys and examples the user types stay
 * as they are; no English word is left in a sentence.
 */
class LoadMessagesInChineseTest {

    /** Category on line 6, its value at column 11: the README's example. */
    private static final String REPORT = """
            ---
            title: 宿松县教育局2013年工作总结
            date: 2013-12-30
            year: 2013
            period: 全年
            category: 年度总结
            department: 宿松县教育局
            ---
            2013年，我局稳步推进各项工作。
            """;

    /**
     * Words in backticks, values in 「」, paths, lists of keys, and the examples and names users type: everything
     * else is Chinese.
     */
    private static final Pattern TYPED = Pattern.compile("`[^`]*`|「[^」]*」|\"[^\"]*\"|[\\w./:-]*[/.:_\\-][\\w./:\\-…]*"
            + "|[a-z_]+(、[a-z_]+)+"
            + "|\\b(YAML|UTF|GBK|GB18030|WPS|Tab|Markdown|YYYY|MM|DD|DIR|true|false|gongkai|new|site|http|https)\\b");
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");

    private static List<Problem> problems(TestSite site) {
        Problems problems = new Problems();
        new SiteLoader(new SitePaths(site.root())).loadWhatLoads(false, problems);
        return problems.list();
    }

    private static Problem only(TestSite site) {
        List<Problem> problems = problems(site);
        assertThat(problems).as(problems.toString()).hasSize(1);
        Problem problem = problems.get(0);
        assertNoEnglishSentence(problem);
        return problem;
    }

    private static Problem report(String text) {
        return only(TestSite.withConfig("").file("content/reports/2013/2013-report.md", text));
    }

    private static Problem siteYaml(String yaml) {
        return only(TestSite.of("-- content/site.yaml --\n" + yaml));
    }

    private static void assertNoEnglishSentence(Problem problem) {
        for (String text : List.of(problem.message(Language.ZH), problem.hint(Language.ZH))) {
            String rest = TYPED.matcher(text).replaceAll("");
            assertThat(ENGLISH_WORD.matcher(rest).find()).as("English left in 「" + text + "」: " + rest).isFalse();
        }
    }

    private static String zh(Problem problem) {
        return problem.message(Language.ZH);
    }

    private static String zhHint(Problem problem) {
        return problem.hint(Language.ZH);
    }

    @Test
    void theReadmeExampleInChineseAndInEnglish() {
        TestSite site = TestSite.withConfig("").file("content/reports/2013/2013-report.md", REPORT.replace("年度总结", "年终总结"));

        CliRun zh = site.cli("build", "--lang", "zh");
        assertThat(zh.err()).contains("content/reports/2013/2013-report.md:6:11: `category` 的值「年终总结」不在允许的类别中\n"
                + "  提示：可用的类别有：年度总结、半年总结、季度汇报、专项汇报、工作汇报、工作要点、工作计划\n");

        CliRun en = site.cli("build", "--lang", "en");
        assertThat(en.err()).contains("content/reports/2013/2013-report.md:6:11: `category` 「年终总结」 is not one of the allowed values\n"
                + "  hint: use one of: 年度总结、半年总结、季度汇报、专项汇报、工作汇报、工作要点、工作计划\n");
    }

    @Test
    void frontMatterKeys() {
        Problem period = report(REPORT.replace("period: 全年", "period: 全学年"));
        assertThat(zh(period)).isEqualTo("`period` 的值「全学年」不在允许的期间中");
        assertThat(zhHint(period)).isEqualTo("可用的期间有：全年、上半年、下半年、第一季度、第二季度、第三季度、第四季度、春季学期、秋季学期");

        Problem unknown = report(REPORT.replace("department:", "titel: 重复\ndepartment:"));
        assertThat(zh(unknown)).isEqualTo("报告的文件头中有未知的键 `titel`");
        assertThat(zhHint(unknown)).isEqualTo("是不是要写 `title`？可用的键有：aliases、attachments、category、check_ignore、date、department、"
                + "doc_number、draft、index、period、published、subject、summary、tags、title、updated、validity、validity_date、year");

        Problem missing = report(REPORT.replace("department: 宿松县教育局\n", ""));
        assertThat(zh(missing)).isEqualTo("缺少 `department`，或者它的值是空的");
        assertThat(zhHint(missing)).isEqualTo("请加上一行 department: 宿松县教育局");

        Problem date = report(REPORT.replace("date: 2013-12-30", "date: 二0一三年十二月三十日"));
        assertThat(zh(date)).isEqualTo("`date` 的值「二0一三年十二月三十日」不是 YYYY-MM-DD（年-月-日）格式的日期");
        assertThat(zhHint(date)).isEqualTo("请写成 date: 2013-12-30");

        Problem noSuchDay = report(REPORT.replace("date: 2013-12-30", "date: 2013-02-30"));
        assertThat(zh(noSuchDay)).isEqualTo("`date` 的值「2013-02-30」不是一个真实存在的日期");

        Problem year = report(REPORT.replace("year: 2013", "year: 二〇一三"));
        assertThat(zh(year)).isEqualTo("`year` 应当是整数，实际是「二〇一三」");
        assertThat(zhHint(year)).isEqualTo("请只写数字，例如 year: 2011");

        Problem tags = report(REPORT.replace("department:", "tags:\n  a: b\ndepartment:"));
        assertThat(zh(tags)).isEqualTo("`tags` 应当是列表，实际是一组 `键: 值`");

        Problem draft = report(REPORT.replace("department:", "draft: 草稿\ndepartment:"));
        assertThat(zh(draft)).isEqualTo("`draft` 应当是“是”或“否”，实际是「草稿」");
        assertThat(zhHint(draft)).startsWith("表示“是”请写 draft: true 或 draft: 是，表示“否”请写 draft: false 或 draft: 否");

        Problem attachment = report(REPORT.replace("department:", "attachments: [files/none.pdf]\ndepartment:"));
        assertThat(zh(attachment)).isEqualTo("附件「files/none.pdf」不是 content/static/ 中的文件");
    }

    @Test
    void frontMatterItself() {
        Problem none = report("title: 无文件头\n");
        assertThat(zh(none)).isEqualTo("文件开头没有文件头（第一行应当是 `---`）");
        assertThat(zhHint(none)).isEqualTo("请在文件第一行写 ---，接着写 title: …、date: … 等行，再写一行 ---");

        Problem open = report("---\ntitle: 没有结束\n");
        assertThat(zh(open)).isEqualTo("文件头没有结束");
    }

    @Test
    void yamlSyntaxErrors() {
        Problem tab = report(REPORT.replace("year: 2013", "year:\t2013"));
        assertThat(tab.position()).hasToString("content/reports/2013/2013-report.md:4:6");
        assertThat(zh(tab)).isEqualTo("`year` 和它的值之间用了制表符（Tab 键）");
        assertThat(zhHint(tab)).isEqualTo("请在冒号后面写一个空格，不要用制表符：year: …");

        Problem indent = report(REPORT.replace("department: 宿松县教育局", "tags:\n\t- 学生资助\ndepartment: 宿松县教育局"));
        assertThat(zh(indent)).isEqualTo("行首用制表符（Tab 键）缩进了");
        assertThat(zhHint(indent)).isEqualTo("请用空格缩进：这里不能用制表符（把制表符换成两个空格）");

        Problem quote = report(REPORT.replace("title: 宿松县教育局2013年工作总结", "title: \"宿松县教育局2013年工作总结"));
        assertThat(quote.position()).hasToString("content/reports/2013/2013-report.md:2:8");
        assertThat(zh(quote)).isEqualTo("`title` 的值开头的引号「\"」在这一行里没有结束");
        assertThat(zhHint(quote)).isEqualTo("请在同一行里用 \" 结束这个值：title: \"…\"");

        Problem inner = report(REPORT.replace("title: 宿松县教育局2013年工作总结", "title: \"关于\"两免一补\"的通知\""));
        assertThat(zh(inner)).isEqualTo("`title` 的值在结束的引号后面还有文字");
        assertThat(zhHint(inner)).isEqualTo("文字里面的引号请用中文引号：title: \"关于“两免一补”的通知\"，或者把里面的每个引号写成 \\\"");

        Problem space = report(REPORT.replace("date: 2013-12-30", "date:2013-12-30"));
        assertThat(space.position()).hasToString("content/reports/2013/2013-report.md:3:5");
        assertThat(zh(space)).isEqualTo("`date` 的冒号后面没有空格");
        assertThat(zhHint(space)).isEqualTo("请在冒号后面加一个空格：date: 2013-12-30");

        Problem fullWidth = report(REPORT.replace("year: 2013", "year：2013"));
        assertThat(zh(fullWidth)).isEqualTo("`year` 后面是中文（全角）冒号「：」");
        assertThat(zhHint(fullWidth)).isEqualTo("请切换到英文（半角）输入冒号，再加一个空格：year: 2013");

        Problem colon = report(REPORT.replace("department: 宿松县教育局", "department: 宿松县教育局: 办公室"));
        assertThat(zh(colon)).isEqualTo("`department` 的值里有“冒号加空格”");
        assertThat(zhHint(colon)).isEqualTo("请把值放在英文双引号里：department: \"宿松县教育局: 办公室\"");

        Problem twice = report(REPORT.replace("year: 2013", "year: 2013\nyear: 2014"));
        assertThat(zh(twice)).isEqualTo("键 `year` 写了两次（第一次在第 4 行）");
        assertThat(zhHint(twice)).isEqualTo("请只保留其中一行");
    }

    @Test
    void siteYaml() {
        Problem missing = only(TestSite.of("-- content/reports/.keep --\n"));
        assertThat(zh(missing)).isEqualTo("缺少 site.yaml");
        assertThat(zhHint(missing)).isEqualTo("请新建 content/site.yaml，至少写上 `title: …` 和 `bureau: …`"
                + "（或者运行 `gongkai new site 文件夹`）");

        Problem unknown = siteYaml("title: 测试县教育局信息公开\nbureau: 测试县教育局\nthem: default\n");
        assertThat(zh(unknown)).isEqualTo("site.yaml 文件中有未知的键 `them`");
        assertThat(zhHint(unknown)).isEqualTo("是不是要写 `theme`？可用的键有：base_url、bureau、contacts、disclosure、footer、guide、identity、language、portable、search、theme、title");

        Problem contact = siteYaml("title: 测试县教育局信息公开\nbureau: 测试县教育局\ncontacts:\n  phon: \"0556-7812345\"\n");
        assertThat(zh(contact)).isEqualTo("site.yaml 的 `contacts` 部分中有未知的键 `phon`");

        Problem baseUrl = siteYaml("title: 测试县教育局信息公开\nbureau: 测试县教育局\nbase_url: jyj.example.gov.cn\n");
        assertThat(zh(baseUrl)).isEqualTo("`base_url` 的值「jyj.example.gov.cn」不是以 http:// 或 https:// 开头的完整网址");
        assertThat(zhHint(baseUrl)).isEqualTo("请写网站发布后的完整网址，例如 base_url: https://jyj.example.gov.cn/");

        Problem title = siteYaml("title: [测试]\nbureau: 测试县教育局\n");
        assertThat(zh(title)).isEqualTo("`title` 应当是文字，实际是列表");
        assertThat(zhHint(title)).isEqualTo("请写成 title: 宿松县教育局信息公开");

        Problem notKeys = siteYaml("测试县教育局信息公开\n");
        assertThat(zh(notKeys)).isEqualTo("这里应当是 `title: …` 这样的键和值，实际是文字");
    }

    @Test
    void reportFiles() {
        Problem name = only(TestSite.withConfig("").file("content/reports/2013/工作总结.md", REPORT));
        assertThat(zh(name)).isEqualTo("文件名「工作总结」不能用在网址里（网址只能用英文字母、数字和符号）");
        assertThat(zhHint(name)).isEqualTo("请用英文字母、数字和 - 给文件重新命名，例如 2011-12-30-annual-summary.md");

        Problem gbk = only(TestSite.withConfig("").file("content/reports/2013/2013-report.md", REPORT.getBytes(Charset.forName("GBK"))));
        assertThat(gbk.severity()).hasToString("INFO"); // read as GBK since issue 13
        assertThat(zh(gbk)).isEqualTo("文件是以 GBK 编码保存的，已按 GBK 读取");
        assertThat(zhHint(gbk)).isEqualTo("运行 `gongkai check --fix` 可把它改存为 UTF-8");

        Problem docx = only(TestSite.withConfig("").file("content/reports/2013/report.docx", "x"));
        assertThat(docx.severity()).hasToString("WARNING");
        assertThat(zh(docx)).isEqualTo("这个文件被忽略了：这里只读取 .md 文件");

        List<Problem> twice = problems(TestSite.withConfig("").file("content/reports/2012/same.md", REPORT)
                .file("content/reports/2013/same.md", REPORT));
        assertThat(twice).singleElement().satisfies(p ->
                assertThat(zh(p)).isEqualTo("两篇报告的文件名都是「same」：content/reports/2012/same.md 和 content/reports/2013/same.md"));
    }
}
