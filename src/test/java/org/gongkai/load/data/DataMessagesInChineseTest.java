package org.gongkai.load.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.testing.DataRows.AID;
import static org.gongkai.testing.DataRows.AID_HEADER;
import static org.gongkai.testing.DataRows.FEE;
import static org.gongkai.testing.DataRows.FEES_HEADER;
import static org.gongkai.testing.DataRows.PROJECT;
import static org.gongkai.testing.DataRows.PROJECTS_HEADER;
import static org.gongkai.testing.DataRows.file;
import static org.gongkai.testing.DataRows.with;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.problem.Language;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.testing.TestSite;

/**
 * Issue 13: what the loader says about the data tables, as bureau staff read it (Chinese by default; the tests run
 * in English, so these ask for Chinese). Column names, values and the values to write stay as they are; no English
 * word is left in a sentence.
 */
class DataMessagesInChineseTest {

    /** Column names, values in 「」, numbers, paths and the names users type: everything else is Chinese. */
    private static final Pattern TYPED = Pattern.compile("`[^`]*`|「[^」]*」|\"[^\"]*\"|[\\w./:-]*[/.:_\\-][\\w./:\\-…]*"
            + "|[a-z_]+(,[a-z_]+)+|[a-z_]+(、[a-z_]+)+"
            + "|\\b(UTF|GBK|GB18030|BOM|CSV|Excel|WPS|Unicode|YYYY|MM|DD|fees|projects|aid|csv|xlsx|amount|status|unit)\\b");
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");

    private static List<Problem> problems(String txtar) {
        return problems(TestSite.withConfig(txtar));
    }

    private static List<Problem> problems(TestSite site) {
        Problems problems = new Problems();
        new SiteLoader(new SitePaths(site.root())).loadWhatLoads(false, problems);
        List<Problem> found = problems.list().stream().filter(p -> p.position().file().startsWith("content/data/")).toList();
        found.forEach(DataMessagesInChineseTest::assertNoEnglishSentence);
        return found;
    }

    private static Problem only(String txtar) {
        List<Problem> found = problems(txtar);
        assertThat(found).as(found.toString()).hasSize(1);
        return found.get(0);
    }

    private static Problem fee(int column, String value) {
        return only(file("fees.csv", FEES_HEADER, with(FEE, column, value)));
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
    void theReadmeExample() {
        Problem amount = fee(7, "600元");
        assertThat(amount.position()).hasToString("content/data/fees.csv:2:7");
        assertThat(zh(amount)).isEqualTo("`amount` 列的值「600元」不是以元为单位的金额");
        assertThat(zhHint(amount)).isEqualTo("请写 600.00");
        assertThat(amount.message()).isEqualTo("amount 「600元」 is not an amount in 元");
        assertThat(amount.hint()).isEqualTo("write 600.00");
    }

    @Test
    void amounts() {
        assertThat(zh(fee(7, "12,5"))).isEqualTo("`amount` 列的值「12,5」用逗号代替了小数点，不是以元为单位的金额");
        assertThat(zhHint(fee(7, "12,5"))).isEqualTo("请用小数点：12.5");
        assertThat(zh(fee(7, "240.005"))).isEqualTo("`amount` 列的值「240.005」超过两位小数；以元为单位的金额只有两位小数");
        assertThat(zh(fee(7, "-240"))).isEqualTo("`amount` 列的值「-240」是负数，不是以元为单位的金额");
        assertThat(zhHint(fee(7, "二百四十"))).isEqualTo("请写带小数点的数字，例如 600.00");

        Problem wan = only(file("aid.csv", AID_HEADER, with(AID, 8, "331.71万元")));
        assertThat(zh(wan)).isEqualTo("`amount_wan` 列的值「331.71万元」不是以万元为单位的金额");
        assertThat(zhHint(wan)).isEqualTo("请写 331.71（只写万元数，单位已经在列名里）");

        Problem noDecimals = fee(7, "240");
        assertThat(noDecimals.isError()).isFalse();
        assertThat(zh(noDecimals)).isEqualTo("`amount` 列的值「240」没有写两位小数，已按 240.00 读取");
        assertThat(zhHint(noDecimals)).startsWith("请写 240.00（单元格没有设置为保留两位小数的数值格式时");

        Problem thousands = fee(7, "1,200.00");
        assertThat(zh(thousands)).isEqualTo("`amount` 列的值「1,200.00」带有千位分隔符，已按 1200.00 读取");
        assertThat(zhHint(thousands)).isEqualTo("请写 1200.00（单元格设置为「千位分隔」格式时，Excel 会加上这些逗号）");
    }

    @Test
    void cells() {
        Problem empty = fee(1, "");
        assertThat(zh(empty)).isEqualTo("`school` 列是空的");
        assertThat(zhHint(empty)).isEqualTo("每一行都要填写 `school`，例如 宿松中学");

        Problem choice = fee(2, "高中");
        assertThat(zh(choice)).isEqualTo("`stage` 列的值「高中」不在允许的值中");
        assertThat(zhHint(choice)).startsWith("可用的值有：");

        assertThat(zh(fee(10, "不"))).isEqualTo("`voluntary` 列的值「不」不是「是」或「否」");
        assertThat(zhHint(fee(10, "不"))).isEqualTo("请写「是」或「否」");

        Problem date = fee(11, "二0一二年九月一日");
        assertThat(zh(date)).isEqualTo("`effective_from` 列的值「二0一二年九月一日」不是 YYYY-MM-DD（年-月-日）格式的日期");
        assertThat(zhHint(date)).isEqualTo("请写 2012-09-01");
        assertThat(zh(fee(11, "2012-02-30"))).isEqualTo("`effective_from` 列的值「2012-02-30」不是日期（没有这一天）");
        assertThat(zh(fee(11, "2012/9/1"))).isEqualTo("`effective_from` 列的值「2012/9/1」已按 2012-09-01 读取");

        Problem schoolYear = fee(3, "2012—13");
        assertThat(zh(schoolYear)).isEqualTo("`school_year` 列的值「2012—13」不是学年（YYYY-YYYY，前后两个相连的年份）");
        assertThat(zhHint(schoolYear)).isEqualTo("请写两个相连的年份，中间用 - 连接，例如 2012-2013");

        Problem spaces = fee(1, " 宿松中学 ");
        assertThat(zh(spaces)).isEqualTo("`school` 列的值「 宿松中学 」前后有多余的空格，已按「宿松中学」读取");

        Problem count = only(file("aid.csv", AID_HEADER, with(AID, 6, "4330人")));
        assertThat(zh(count)).isEqualTo("`recipients` 列的值「4330人」不是整数");
        assertThat(zhHint(count)).isEqualTo("请只写数字：4330");

        Problem year = only(file("aid.csv", AID_HEADER, with(AID, 4, "2012年")));
        assertThat(zh(year)).isEqualTo("`year` 列的值「2012年」不是年份");
        assertThat(zhHint(year)).isEqualTo("请写 2012");
    }

    @Test
    void fees() {
        Problem reversed = fee(12, "2012-08-31");
        assertThat(zh(reversed)).isEqualTo("`effective_to` 的 2012-08-31 早于 `effective_from` 的 2012-09-01");
        assertThat(zhHint(reversed)).isEqualTo("请核对这两个日期；2012-2013 学年的收费标准通常从 9 月 1 日执行到次年 8 月 31 日");

        Problem exempt = only(file("fees.csv", FEES_HEADER, with(FEE, 9, "免收")));
        assertThat(zh(exempt)).isEqualTo("`amount` 是 240.00，但 `status` 是「免收」：免收的项目金额应写 0.00");

        Problem twice = only(file("fees.csv", FEES_HEADER, FEE, FEE));
        assertThat(twice.position()).hasToString("content/data/fees.csv:3:5");
        assertThat(zh(twice)).isEqualTo("宿松中学（普通高中）2012-2013 学年全学年的收费项目「住宿费」写了两次（另一次在第 2 行）");
        assertThat(zhHint(twice)).isEqualTo("请删去其中一行，或者改正 `stage`（学段）或 `term`（学期）");

        Problem unit = fee(8, "元/生.学期");
        assertThat(zh(unit)).isEqualTo("`unit` 列的值「元/生.学期」已按 元/生·学期 读取");

        Problem docNo = fee(14, "宿价[2012]21号");
        assertThat(zh(docNo)).isEqualTo("`basis_doc_no` 列的值「宿价[2012]21号」不是「机关代字〔年份〕顺序号」形式的文号");
        assertThat(zhHint(docNo)).isEqualTo("请写成 宿价〔2012〕21号，用六角括号〔〕（U+3014、U+3015）");

        Problem phone = fee(16, "");
        assertThat(zh(phone)).isEqualTo("`complaint_phone` 列是空的，site.yaml 中也没有 `complaint_phone`");
    }

    @Test
    void projectsAndAid() {
        String split = with(with(with(with(PROJECT, 9, "6000"), 10, "2356"), 12, "1666"), 13, "2214");
        Problem sum = only(file("projects.csv", PROJECTS_HEADER, split));
        assertThat(zh(sum)).isEqualTo("`total_wan` 的 6000 不等于各级分项之和：central_wan 2356 + municipal_wan 1666 + county_wan 2214 = 6236");
        assertThat(zhHint(sum)).isEqualTo("请改正合计或分项；原始材料没有给出某一级的金额时，请让它空着");

        List<Problem> kinds = problems(file("projects.csv", PROJECTS_HEADER, with(with(PROJECT, 17, ""), 20, "")));
        assertThat(kinds).extracting(p -> zh(p)).containsExactly("填了 `total_wan`，但 `amount_kind` 是空的",
                "填了 `item_count`，但 `count_unit` 是空的");

        Problem unit = only(file("aid.csv", AID_HEADER, with(AID, 7, "")));
        assertThat(zh(unit)).isEqualTo("填了 `recipients`，但 `recipient_unit` 是空的");
        assertThat(zhHint(unit)).isEqualTo("请写 人、人次 或 份：单位不同的人数不会相加");
    }

    @Test
    void headersAndRows() {
        String header = FEES_HEADER.replace(",notes", "").replace("amount,", "金额,");
        List<Problem> found = problems(file("fees.csv", header, FEE.substring(0, FEE.lastIndexOf(','))));
        assertThat(found).extracting(p -> zh(p)).containsExactly("表头中缺少这些列：amount、notes", "未知的列「金额」");
        assertThat(zhHint(found.get(1))).startsWith("可用的列有：school,stage,");

        Problem wide = only(file("fees.csv", FEES_HEADER, FEE + ",多余"));
        assertThat(zh(wide)).isEqualTo("这一行有 19 个值，表头有 18 列");
        assertThat(zhHint(wide)).isEqualTo("含有逗号的值必须放在英文双引号里（\"1,200.00\"）；否则请删去多出来的值");

        Problem twice = only(file("fees.csv", FEES_HEADER + ",notes", FEE + ","));
        assertThat(zh(twice)).isEqualTo("表头中「notes」列出现了两次");
    }

    @Test
    void files() {
        Problem empty = problems(TestSite.withConfig("").file("content/data/fees.csv", new byte[0])).get(0);
        assertThat(zh(empty)).isEqualTo("文件是空的");
        assertThat(zhHint(empty)).isEqualTo("第一行写各列的名称；如果没有要公开的内容，请删去这个文件");

        Problem encoding = problems(TestSite.withConfig("")
                .file("content/data/fees.csv", ("\uFEFF" + FEES_HEADER).getBytes(StandardCharsets.UTF_16LE))).get(0);
        assertThat(zh(encoding)).isEqualTo("文件是 UTF-16 编码（Excel 的「Unicode 文本」），不是 CSV 文本");
        assertThat(zhHint(encoding)).isEqualTo("请重新另存为「CSV UTF-8（逗号分隔）」，或者 GBK 编码的「CSV（逗号分隔）」");

        assertThat(zh(only("-- content/data/fees.xls --\nx\n"))).isEqualTo("无法读取旧的 .xls 格式");
        assertThat(zh(only("-- content/data/收费.csv --\nx\n"))).isEqualTo("这个文件被忽略了：数据文件只有 fees、projects 和 aid 三个");
        assertThat(zh(only("-- content/data/fees.txt --\nx\n"))).isEqualTo("这个文件被忽略了：数据文件只能是 .csv 或 .xlsx");

        Problem two = problems(file("fees.csv", FEES_HEADER, FEE) + file("fees.xlsx", "x")).get(0);
        assertThat(zh(two)).isEqualTo("fees 表格有两个：content/data/fees.csv 和 content/data/fees.xlsx");
    }
}
