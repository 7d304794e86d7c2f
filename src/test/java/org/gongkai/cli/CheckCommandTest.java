package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;

class CheckCommandTest {

    private static final String REPORT = """
            -- content/reports/r.md --
            ---
            title: 测试县教育局2013年工作总结
            date: 2013-12-30
            year: 2013
            period: 全年
            category: 年度总结
            department: 测试县教育局
            ---

            2013年，43名教师获XX市班主任技能大赛一等奖。
            """;

    @Test
    void findingsArePrintedOnePerLineWithAHintAndExitOne() {
        CliRun run = TestSite.withConfig(REPORT).cli("check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEqualTo("content/reports/r.md:10:13: [placeholder] 「XX市」 looks like an unfilled placeholder\n"
                + "  hint: replace it with the real name or figure before publishing\n");
        assertThat(run.err()).contains("check: 1 finding(s): 0 error(s), 1 warning(s), 0 info");
    }

    @Test
    void aCleanSiteExitsZero() {
        CliRun run = TestSite.withConfig(REPORT.replace("XX市", "成都市")).cli("check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("check: no findings");
    }

    @Test
    void jsonHasTheDocumentedFieldsWithNullsAndTheCsvColumn() throws Exception {
        TestSite site = TestSite.withConfig(REPORT + """
                -- content/reports/notes.txt --
                备忘
                -- content/data/aid.csv --
                program,stage,region,year,term,recipients,recipient_unit,amount_wan,per_capita_standard,funding_level,kind,approximate,as_of,notes
                国家助学金,中等职业教育,宿松县,2011,全年,2795,人,200,,中央和地方,助学金,是,2011-12-30,联系人13800138000
                """);
        CliRun run = site.cli("check", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(3);
        JsonNode csv = array.get(0);
        assertThat(csv.get("file").asText()).isEqualTo("content/data/aid.csv");
        assertThat(csv.get("line").asInt()).isEqualTo(2);
        assertThat(csv.get("severity").asText()).isEqualTo("error");
        assertThat(csv.get("kind").asText()).isEqualTo("personal-data");
        assertThat(csv.get("field").asText()).isEqualTo("notes");
        JsonNode ignored = array.get(1);
        assertThat(ignored.get("file").asText()).isEqualTo("content/reports/notes.txt");
        assertThat(ignored.get("line").isNull()).isTrue();
        assertThat(ignored.get("column").isNull()).isTrue();
        JsonNode placeholder = array.get(2);
        assertThat(List.of("file", "line", "column", "severity", "kind", "message", "hint"))
                .allMatch(placeholder::has);
        assertThat(placeholder.has("field")).isFalse();
        assertThat(placeholder.get("column").asInt()).isEqualTo(13);
    }

    @Test
    void usageErrorsExitTwo() {
        TestSite site = TestSite.withConfig(REPORT);
        assertThat(site.cli("check", "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(site.cli("check", "--dry-run").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void fixShowsTheChangesFirstAndKeepsABackup() throws Exception {
        TestSite site = TestSite.withConfig(REPORT.replace("2013年，43名教师获XX市", "(一)2013年,43名教师获成都市"));
        Path file = site.root().resolve("content/reports/r.md");
        String original = Files.readString(file, StandardCharsets.UTF_8);

        CliRun dryRun = site.cli("check", "--fix", "--dry-run");
        assertThat(dryRun.out()).contains("@@ line 10 @@\n-(一)2013年,43名教师获成都市", "+（一）2013年，43名教师获成都市",
                "nothing was written");
        assertThat(dryRun.out()).contains("[punctuation]");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(original);

        CliRun fix = site.cli("check", "--fix");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("（一）2013年，43名教师获成都市")
                .startsWith("---\ntitle: 测试县教育局2013年工作总结");
        assertThat(fix.exitCode()).isEqualTo(ExitCodes.OK);
        try (Stream<Path> backups = Files.walk(site.root().resolve(".gongkai-backup"))) {
            Path backup = backups.filter(p -> p.endsWith("content/reports/r.md")).findFirst().orElseThrow();
            assertThat(Files.readString(backup, StandardCharsets.UTF_8)).isEqualTo(original);
        }
    }

    @Test
    void fixRewritesAGbkReportAsUtf8KeepingItsLineEndsAndABackup() throws Exception {
        String text = REPORT.substring(REPORT.indexOf("---")).replace("XX市", "成都市").replace("\n", "\r\n");
        TestSite site = TestSite.withConfig("").file("content/reports/r.md", text.getBytes(java.nio.charset.Charset.forName("GBK")));
        Path file = site.root().resolve("content/reports/r.md");
        byte[] original = Files.readAllBytes(file);

        CliRun dryRun = site.cli("check", "--fix", "--dry-run");
        assertThat(dryRun.out()).contains("content/reports/r.md: saved as GBK; it would be rewritten as UTF-8 (not written: --dry-run)");
        assertThat(dryRun.out()).contains("content/reports/r.md: [input] the file is saved as GBK; it was read as GBK");
        assertThat(dryRun.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllBytes(file)).isEqualTo(original);

        CliRun fix = site.cli("check", "--fix");
        assertThat(fix.out()).contains("content/reports/r.md: saved as GBK; rewritten as UTF-8");
        assertThat(Files.readAllBytes(file)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(fix.out()).doesNotContain("saved as GBK; it was read");
        try (Stream<Path> backups = Files.walk(site.root().resolve(".gongkai-backup"))) {
            Path backup = backups.filter(p -> p.endsWith("content/reports/r.md")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(backup)).isEqualTo(original);
        }
    }

    @Test
    void fixRewritesAGbkReportAndItsPunctuationTogether() throws Exception {
        String text = REPORT.substring(REPORT.indexOf("---")).replace("2013年，43名教师获XX市", "(一)2013年,43名教师获成都市");
        TestSite site = TestSite.withConfig("").file("content/reports/r.md", text.getBytes(java.nio.charset.Charset.forName("GBK")));

        CliRun fix = site.cli("check", "--fix");
        assertThat(Files.readString(site.root().resolve("content/reports/r.md"), StandardCharsets.UTF_8))
                .isEqualTo(text.replace("(一)2013年,43名", "（一）2013年，43名"));
        assertThat(fix.out()).contains("+（一）2013年，43名教师获成都市", "content/reports/r.md: saved as GBK; rewritten as UTF-8");
    }
}
