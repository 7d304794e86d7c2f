package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;

class CliTest {

    private static final String REPORT = """
            -- content/reports/r.md --
            ---
            title: 报告
            date: 2011-12-30
            year: 2011
            period: 全年
            category: 年度总结
            department: 局
            ---
            正文。
            """;

    @Test
    void buildSucceedsWithExitZeroAndASummary() {
        CliRun run = TestSite.withConfig(REPORT).cli("build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("built \\d+ pages \\(\\d+ files\\) into .* in [0-9.]+ s; "
                + "against the previous site: \\d+ pages added, 0 changed, 0 removed");
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.err()).contains("content/site.yaml: info: feed.xml and sitemap.xml were not written");
    }

    @Test
    void changesOptionListsEveryFile() {
        CliRun run = TestSite.withConfig(REPORT).cli("build", "--changes");
        assertThat(run.out()).contains("  added    reports/r/index.html");
    }

    @Test
    void badInputExitsOneWithFileLineMessageAndHint() {
        CliRun run = TestSite.withConfig(REPORT.replace("category: 年度总结", "category: 年终总结")).cli("build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("content/reports/r.md:6:11: `category` 「年终总结」 is not one of the allowed values\n"
                + "  hint: use one of: 年度总结、半年总结");
        assertThat(run.err()).contains("nothing was published");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.run("build", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(CliRun.run().exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpAndVersionExitZero() {
        CliRun help = CliRun.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("build");
        CliRun buildHelp = CliRun.run("build", "--help");
        assertThat(buildHelp.out()).contains("--source", "--out", "--drafts", "--base-url");
        CliRun version = CliRun.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("gongkai ");
    }

    @Test
    void everyCommandInTheHelpIsSummedUpInWholeSentences() {
        for (String[] help : new String[][] {{"--help"}, {"new", "--help"}}) {
            String out = CliRun.run(help).out();
            String commands = out.substring(out.indexOf("Commands:") + "Commands:".length());
            // an entry starts at two spaces and a name; its wrapped lines are indented further
            for (String entry : commands.split("\n(?=  \\S)")) {
                String summary = entry.strip().replaceAll("\\s+", " ");
                if (summary.isEmpty()) {
                    continue;
                }
                assertThat(summary).as("help entry in gongkai %s", String.join(" ", help)).matches("(?s).*[.。]");
            }
        }
    }

    @Test
    void outDefaultsToSiteUnderTheSource() {
        TestSite site = TestSite.withConfig(REPORT);
        site.cli("build");
        assertThat(site.root().resolve("site/reports/r/index.html")).exists();
    }
}
