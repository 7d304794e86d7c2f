package org.gongkai.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.gongkai.acceptance.ShippedTool.Run;
import org.gongkai.testing.TestSite;

/**
 * Every error path the README names, one case each, through the shipped launcher on a bureau site that built
 * before: exit code 1, the problem at {@code file:line[:column]} with its hint, no stack trace, and the
 * published {@code site/} exactly as it was.
 */
class ErrorPathsIT {

    private static final String REPORT = "content/reports/2011/2011-12-30-annual-summary.md";
    private static final String FEES = "content/data/fees.csv";
    private static final String PROJECTS = "content/data/projects.csv";
    private static final String AID = "content/data/aid.csv";

    private static Path published;
    private static Map<String, String> publishedFiles;

    @BeforeAll
    static void buildTheGoodSite() {
        TestSite site = Sites.bureau();
        Run run = ShippedTool.gongkai(site.root(), "build");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        published = site.root();
        publishedFiles = Folders.fingerprint(published.resolve("site"));
    }

    /** One way to get the input wrong: the files to write (null deletes), and what the user must be told. */
    record Case(String name, Map<String, Object> files, List<String> args, String where, String message, String hint) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case build(String name, String where, String message, String hint, Object... pathsAndContents) {
        Map<String, Object> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put((String) pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return new Case(name, files, List.of("build"), where, message, hint);
    }

    private static String report(String from, String to) {
        assertThat(Sites.REPORT).contains(from);
        return Sites.REPORT.replace(from, to);
    }

    private static String fees(String from, String to) {
        assertThat(Sites.FEE_ROW).contains(from);
        return Sites.FEES_HEADER + "\n" + Sites.FEE_ROW.replace(from, to) + "\n";
    }

    private static String projects(String from, String to) {
        assertThat(Sites.PROJECT_ROW).contains(from);
        return Sites.PROJECTS_HEADER + "\n" + Sites.PROJECT_ROW.replace(from, to) + "\n";
    }

    private static String aid(String from, String to) {
        assertThat(Sites.AID_ROW).contains(from);
        return Sites.AID_HEADER + "\n" + Sites.AID_ROW.replace(from, to) + "\n";
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // site.yaml
        cases.add(build("no site.yaml", "content/site.yaml: ", "site.yaml is missing", "create content/site.yaml",
                "content/site.yaml", null));
        cases.add(build("unknown key in site.yaml", "content/site.yaml:6:1: ", "unknown key `titel`", "did you mean `title`?",
                "content/site.yaml", Sites.SITE_YAML + "titel: 错字\n"));
        cases.add(build("wrong type in site.yaml", "content/site.yaml:3:11: ", "`contacts` must be a group of indented `key: value` lines, found text", "write contacts:",
                "content/site.yaml", "title: 宿松县教育局信息公开\nbureau: 宿松县教育局\ncontacts: 0556-7812345\n"));
        // reports
        cases.add(build("category not allowed", REPORT + ":6:11: ", "`category` 「年终总结」 is not one of the allowed values",
                "use one of: 年度总结、半年总结", REPORT, report("category: 年度总结", "category: 年终总结")));
        cases.add(build("date written in Chinese", REPORT + ":3:7: ", "`date` 「2011年12月30日」 is not a date in the form YYYY-MM-DD",
                "write date: 2011-12-30", REPORT, report("date: 2011-12-30", "date: 2011年12月30日")));
        cases.add(build("date written 二〇一一年", REPORT + ":3:7: ", "is not a date in the form YYYY-MM-DD",
                "write date: 2011-12-30", REPORT, report("date: 2011-12-30", "date: 二〇一一年十二月三十日")));
        cases.add(build("required key missing", REPORT + ":2: ", "`department` is missing or empty", "add a line department:",
                REPORT, report("department: 宿松县教育局\n", "")));
        cases.add(build("unknown front matter key", REPORT + ":9:1: ", "unknown key `summery`", "did you mean `summary`?",
                REPORT, report("tags: [学生资助]\n", "tags: [学生资助]\nsummery: 摘要\n")));
        cases.add(build("a tab used for indentation", REPORT + ":9:1: ", "a tab is used for indentation", "spaces",
                REPORT, report("tags: [学生资助]\n", "tags:\n\t- 学生资助\n")));
        cases.add(build("an unclosed quote", REPORT + ":2:8: ",
                "the quote 「\"」 that starts the value of `title` is not closed on its line", "title: \"…\"",
                REPORT, report("title: 宿松县教育局2011年工作总结", "title: \"宿松县教育局2011年工作总结")));
        cases.add(build("no space after the colon", REPORT + ":3:5: ", "there is no space after the colon of `date`",
                "date: ", REPORT, report("date: 2011-12-30", "date:2011-12-30")));
        cases.add(build("a draft word that is neither yes nor no", REPORT + ":9:8: ", "`draft` must be yes or no",
                "draft: true", REPORT, report("tags: [学生资助]\n", "tags: [学生资助]\ndraft: 草稿\n")));
        cases.add(build("file name not ASCII", "content/reports/2011/工作总结.md: ", "the file name 「工作总结」 cannot be used in a web address", "rename the file",
                "content/reports/2011/工作总结.md", Sites.REPORT));
        cases.add(build("two reports with one file name", "content/reports/copy/2011-12-30-annual-summary.md: ", "two reports have the slug 「2011-12-30-annual-summary」",
                "rename one of the two files", "content/reports/copy/2011-12-30-annual-summary.md", Sites.REPORT));
        cases.add(build("a list item after a key on its line", REPORT + ":8:7: ", "a list item 「- 」 cannot start here", "tags: [学生资助, 校安工程]",
                REPORT, report("tags: [学生资助]\n", "tags: - 学生资助\n")));
        // item metadata and footer identity (disclosure:, identity:)
        cases.add(build("a 索引号 that does not match the pattern", REPORT + ":9:8: ",
                "the 索引号 「A0001-0000001/2011-1」 does not match the pattern {org_code}/{year}-{seq:5} of site.yaml",
                "write it like A0001-0000001/2021-00001", "content/site.yaml", Sites.SITE_YAML
                        + "disclosure:\n  org_code: \"A0001-0000001\"\n  index_pattern: \"{org_code}/{year}-{seq:5}\"\n",
                REPORT, report("tags: [学生资助]\n", "tags: [学生资助]\nindex: \"A0001-0000001/2011-1\"\n")));
        cases.add(build("a 网站标识码 that is not 10 digits", "content/site.yaml:7:14: ", "the 网站标识码 「12345」 is not 10 digits",
                "copy it in quotes", "content/site.yaml", Sites.SITE_YAML + "identity:\n  site_code: \"12345\"\n"));
        cases.add(build("a portable: that is neither yes nor no", "content/site.yaml:6:11: ", "`portable` must be yes or no",
                "write portable: true", "content/site.yaml", Sites.SITE_YAML + "portable: 也许\n"));
        // the 政府信息公开工作年度报告 (content/annual-reports/)
        cases.add(build("an annual report whose table 三 does not add up", "content/annual-reports/2021.yaml:33: ",
                "column 自然人: 一 14 + 二 1 = 15, but 三（七）总计 13 + 四 1 = 14", "the applications received and carried in must be",
                "content/annual-reports/2021.yaml", org.gongkai.build.AnnualReportTest.REPORT_2021
                        .replace("carried_over: [2, 0, 0, 0, 0, 0]", "carried_over: [1, 0, 0, 0, 0, 0]")));
        // site search (search:)
        cases.add(build("a search switch that is neither yes nor no", "content/site.yaml:6:9: ", "`search` must be yes or no",
                "search: false", "content/site.yaml", Sites.SITE_YAML + "search: 关闭\n"));
        // data tables
        cases.add(build("a CSV quote that never closes", FEES + ":2:1: ", "this double quote 「\"」 is never closed", "add the closing double quote",
                FEES, Sites.FEES_HEADER + "\n\"" + Sites.FEE_ROW + "\n"));
        cases.add(build("text after a CSV value's closing quote", FEES + ":2:5: ", "「中」 follows the closing quote of a value", "double the quotes inside",
                FEES, Sites.FEES_HEADER + "\n\"宿松\"中学" + Sites.FEE_ROW.substring(Sites.FEE_ROW.indexOf(',')) + "\n"));
        cases.add(build("missing header column", FEES + ":1: ", "the header has no column unit", "the first row names the columns",
                FEES, Sites.FEES_HEADER.replace(",unit,", ",") + "\n"));
        cases.add(build("misspelt header column", FEES + ":1:18: ", "column 「note」 is misspelt: it should be notes", "change it to notes",
                FEES, Sites.FEES_HEADER.replace(",notes", ",note") + "\n"));
        cases.add(build("unknown header column", FEES + ":1:19: ", "unknown column 「备注」", "the columns are: school,stage",
                FEES, Sites.FEES_HEADER + ",备注\n"));
        cases.add(build("repeated header column", FEES + ":1:19: ", "column 「notes」 appears twice in the header", "delete one of them",
                FEES, Sites.FEES_HEADER.replace(",notes", ",notes,notes") + "\n"));
        cases.add(build("row with more values than the header", FEES + ":2:19: ", "the row has 19 values, the header has 18 columns", "double quotes",
                FEES, Sites.FEES_HEADER + "\n" + Sites.FEE_ROW + ",多余\n"));
        cases.add(build("row with fewer values than the header", FEES + ":2: ", "the row has 17 values, the header has 18 columns", "check for a missing comma",
                FEES, Sites.FEES_HEADER + "\n" + Sites.FEE_ROW.substring(0, Sites.FEE_ROW.lastIndexOf(",")) + "\n"));
        cases.add(build("empty required column", FEES + ":2:1: ", "school is empty", "every row needs a school", FEES, fees("宿松中学,", ",")));
        cases.add(build("value outside its closed set", FEES + ":2:9: ", "status 「收费」 is not one of the allowed values",
                "use one of: 收取、免收、减免", FEES, fees(",收取,", ",收费,")));
        cases.add(build("amount with a unit", FEES + ":2:7: ", "amount 「600元」 is not an amount in 元", "write 600.00",
                FEES, fees(",600.00,", ",600元,")));
        cases.add(build("amount with a decimal comma", FEES + ":2:7: ", "amount 「600,5」 uses a decimal comma", "write a decimal point: 600.5",
                FEES, fees(",600.00,", ",\"600,5\",")));
        cases.add(build("amount with three decimals", FEES + ":2:7: ", "amount 「600.005」 has more than two decimals", "write 600.01 if that is the standard", FEES, fees(",600.00,", ",600.005,")));
        cases.add(build("date that is not a date", FEES + ":2:11: ", "effective_from 「二0一一年九月一日」 is not a date in the form YYYY-MM-DD", "write 2011-09-01",
                FEES, fees(",2011-09-01,", ",二0一一年九月一日,")));
        cases.add(build("school year not consecutive", FEES + ":2:3: ", "school_year 「2011-2013」 is not a school year", "two consecutive years", FEES, fees(",2011-2012,", ",2011-2013,")));
        cases.add(build("effective_to before effective_from", FEES + ":2:12: ", "effective_to 2010-08-31 is before effective_from 2011-09-01",
                "check both dates", FEES, fees(",2012-08-31,", ",2010-08-31,")));
        cases.add(build("exempt fee with an amount", FEES + ":2:7: ", "amount 600.00 with status 免收: an exempt item is listed with 0.00", "write 0.00", FEES, fees(",收取,", ",免收,")));
        cases.add(build("the same fee item twice", FEES + ":3:5: ", "item 「住宿费」 of 宿松中学 (普通高中) for 2011-2012 秋季学期 is given twice (also on line 2)", "correct the stage or the term",
                FEES, Sites.FEES_HEADER + "\n" + Sites.FEE_ROW + "\n" + Sites.FEE_ROW + "\n"));
        cases.add(build("a level split that does not add up", PROJECTS + ":2:9: ", "total_wan 161.4 is not the sum of the split by level", "correct the total or the split",
                PROJECTS, projects(",161.4,100,61.4,", ",161.4,100,60,")));
        cases.add(build("total_wan without amount_kind", PROJECTS + ":2:17: ", "amount_kind is empty but total_wan is given", "到位, 计划, 预算",
                PROJECTS, projects(",到位,", ",,")));
        cases.add(build("item_count without count_unit", PROJECTS + ":2:20: ", "count_unit is empty but item_count is given", "个项目",
                PROJECTS, projects(",否,,,1200,", ",否,3,,1200,")));
        cases.add(build("recipients without recipient_unit", AID + ":2:7: ", "recipient_unit is empty but recipients is given", "人 (persons)",
                AID, aid(",2795,人,", ",2795,,")));
        cases.add(build("two tables for one dataset", "content/data/fees.xlsx: ", "there are two fees tables", "keep one of them",
                "content/data/fees.xlsx", Workbooks.fromCsv(Workbooks.Style.EXCEL, Sites.FEES_HEADER, Sites.FEE_ROW)));
        cases.add(build("a UTF-16 CSV (「Unicode 文本」)", FEES + ":1: ", "the file is neither UTF-8 nor GBK text", "save it again as 「CSV UTF-8（逗号分隔）」",
                FEES, (Sites.FEES_HEADER + "\n" + Sites.FEE_ROW + "\n").getBytes(StandardCharsets.UTF_16LE)));
        cases.add(build("a workbook renamed to .csv", FEES + ": ", "the file is an Excel workbook saved under a .csv name", "rename it to fees.xlsx",
                FEES, Workbooks.fromCsv(Workbooks.Style.EXCEL, Sites.FEES_HEADER, Sites.FEE_ROW)));
        cases.add(build("an old .xls", "content/data/aid.xls: ", "the old .xls format cannot be read", "save the workbook as",
                AID, null, "content/data/aid.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}));
        cases.add(build("a fee without hotlines and none in site.yaml", FEES + ":2:16: ", "complaint_phone is empty and site.yaml has no complaint_phone", "under contacts: complaint_phone:",
                "content/site.yaml", "title: 宿松县教育局信息公开\nbureau: 宿松县教育局\n"));
        // the rest of the site
        cases.add(build("a static file on a data page's address", "content/static/fees/index.html: ", "this static file has the same address as a generated page", "move it into a subfolder",
                "content/static/fees/index.html", "<p>旧页面</p>"));
        cases.add(build("a broken template", "themes/default/templates/report.mustache:1: ", "template error: Failed to close 'x' tag", "every {{#x}} has its {{/x}}",
                "themes/default/templates/report.mustache", "{{#x}}"));
        cases.add(new Case("--strict with a warning", Map.of(REPORT, report("严格执行", "严格执行XX")),
                List.of("build", "--strict"), REPORT + ":15:19: warning: [placeholder] ", "looks like an unfilled placeholder", "replace it with the real name"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBadInputIsReportedAtItsPlaceAndThePublishedSiteStays(Case bad) throws Exception {
        Path root = broken(bad);

        Run run = ShippedTool.gongkai(root, bad.args().toArray(String[]::new)).assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        List<String> lines = run.err().lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (lines.get(i).startsWith(bad.where()) && lines.get(i).contains(bad.message())) {
                at = i;
            }
        }
        assertThat(at).as("a line starting %s with %s in\n%s", bad.where(), bad.message(), run.err()).isNotNegative();
        assertThat(lines.size()).as("a hint under the problem in\n%s", run.err()).isGreaterThan(at + 1);
        assertThat(lines.get(at + 1)).startsWith("  hint: ").contains(bad.hint());
        assertThat(lines.get(lines.size() - 1)).startsWith("build failed: ").endsWith("nothing was published, the previous site is unchanged");
        assertThat(Folders.fingerprint(root.resolve("site"))).isEqualTo(publishedFiles);
        assertThat(Folders.entries(root)).noneMatch(name -> name.contains(".staging-") || name.contains(".previous-"));
    }

    /**
     * What users see by default: the same problem at the same place, every line in Chinese. A line passes when
     * it has Chinese text and no English sentence (three words in a row) outside `code`, 「quotes」 and paths.
     */
    @ParameterizedTest(name = "{0}, in Chinese")
    @MethodSource("cases")
    void aBadInputIsReportedInChinese(Case bad) throws Exception {
        Path root = broken(bad);

        Run run = ShippedTool.run(root, java.util.stream.Stream.concat(java.util.stream.Stream.of(
                ShippedTool.LAUNCHER.toString()), bad.args().stream()).toList(), Map.of("GONGKAI_LANG", "zh")).assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.err()).anyMatch(line -> line.startsWith(bad.where().replace(" warning: ", " 警告：")));
        for (String line : lines) {
            if (!line.matches(".*\\p{L}.*")) {
                continue; // the second line of a hint showing YAML: "    …: …"
            }
            String said = line.startsWith("  提示：") ? line.substring("  提示：".length()) : withoutPosition(line);
            assertThat(said).as("in Chinese: %s", line).containsPattern("\\p{IsHan}");
            assertThat(ENGLISH_SENTENCE.matcher(unquoted(said)).find()).as("no English sentence: %s", line).isFalse();
        }
        assertThat(lines.get(lines.size() - 1)).startsWith("生成失败：");
        assertThat(Folders.fingerprint(root.resolve("site"))).isEqualTo(publishedFiles);
    }

    private static final java.util.regex.Pattern ENGLISH_SENTENCE =
            java.util.regex.Pattern.compile("[A-Za-z]{2,}(?: +[A-Za-z']{2,}){2,}"); // words and spaces: YYYY-MM-DD is not one

    /** The message after {@code path:line:column: } (paths may hold Chinese, so they are cut off first). */
    private static String withoutPosition(String line) {
        int end = line.indexOf(": ");
        return end < 0 ? line : line.substring(end + 2);
    }

    /** Code, quoted values and file names are the user's own words, not the tool's. */
    private static String unquoted(String text) {
        return text.replaceAll("`[^`]*`", " ").replaceAll("「[^」]*」", " ").replaceAll("\\S*[/.]\\S*", " ");
    }

    private static Path broken(Case bad) throws Exception {
        Path root = Folders.copy(published);
        for (Map.Entry<String, Object> file : bad.files().entrySet()) {
            Path path = root.resolve(file.getKey());
            if (file.getValue() == null) {
                Files.delete(path);
            } else {
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue() instanceof byte[] bytes ? bytes
                        : ((String) file.getValue()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return root;
    }
}
