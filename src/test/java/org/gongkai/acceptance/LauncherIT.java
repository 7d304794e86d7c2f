package org.gongkai.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gongkai.acceptance.ShippedTool.Run;
import org.gongkai.acceptance.ShippedTool.Started;
import org.gongkai.testing.TestSite;

/** The launcher and the jar as a user meets them: help, usage errors, consoles, defects, two builds at once. */
class LauncherIT {

    @Test
    void helpVersionAndUsageErrors() {
        Path anywhere = TestSite.of("").root();
        Run help = ShippedTool.gongkai(anywhere, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: gongkai", "build", "check", "serve", "new");

        Run version = ShippedTool.gongkai(anywhere, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).matches("gongkai \\d+\\.\\d+\\.\\d+\\s*");

        Run unknown = ShippedTool.gongkai(anywhere, "build", "--no-such-option").assertNoTrace();
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--no-such-option'");

        assertThat(ShippedTool.gongkai(anywhere).assertNoTrace().exitCode()).isEqualTo(2);
    }

    @Test
    void theJarRunsWithItsLibFromTheSiteFolder() {
        TestSite site = Sites.bureau().delete("content/data/fees.csv")
                .file("content/data/fees.xlsx", Workbooks.fromCsv(Workbooks.Style.EXCEL, Sites.FEES_HEADER, Sites.FEE_ROW));

        Run run = ShippedTool.jar(site.root(), "build").assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(InputFormsIT.read(site.root().resolve("site"), "fees/index.html")).contains("住宿费", "600.00");
    }

    @Test
    void anInternalErrorIsOneLineNamingTheFileAndThePublishedSiteStays() {
        TestSite site = Sites.bureau();
        assertThat(ShippedTool.gongkai(site.root(), "build").exitCode()).isZero();
        Map<String, String> published = Folders.fingerprint(site.root().resolve("site"));
        // nesting this deep overflows the parser's stack: a limit of the tool, not an error in the input
        site.file("content/reports/deep.md", Sites.REPORT + ">".repeat(200_000) + " 引文\n");

        Run run = ShippedTool.gongkai(site.root(), "build");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.toString()).hasSize(2);
        assertThat(lines.get(0)).startsWith("content/reports/deep.md: internal error").endsWith("please report this");
        assertThat(lines.get(1)).startsWith("  hint: run again with --debug");
        assertThat(Folders.fingerprint(site.root().resolve("site"))).isEqualTo(published);
        assertThat(Folders.entries(site.root())).containsExactly(".gongkai", ".site.lock", "content", "site");

        Run debug = ShippedTool.gongkai(site.root(), "build", "--debug");
        assertThat(debug.exitCode()).isEqualTo(3);
        assertThat(debug.err()).contains("StackOverflowError", "\tat ");
    }

    @Test
    void aBuildWhileAnotherIsWritingTheSiteSaysSoAndChangesNothing() throws IOException {
        TestSite site = Sites.bureau();
        assertThat(ShippedTool.gongkai(site.root(), "build").exitCode()).isZero();
        Map<String, String> published = Folders.fingerprint(site.root().resolve("site"));
        site.file("content/reports/2011/2011-12-30-annual-summary.md", Sites.REPORT.replace("主要工作", "重点工作"));

        try (FileChannel channel = FileChannel.open(site.root().resolve(".site.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            Run run = ShippedTool.gongkai(site.root(), "build").assertNoTrace();

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).contains("another build is writing to this folder right now", "  hint: wait until");
            assertThat(Folders.fingerprint(site.root().resolve("site"))).isEqualTo(published);
        }
        Run after = ShippedTool.gongkai(site.root(), "build");
        assertThat(after.exitCode()).as("the lock goes with the build that held it").isZero();
    }

    /** Whichever wins, the other waits for nothing and says why; the site is whole and no staging folder stays. */
    @Test
    void twoBuildsStartedAtOnceNeverBreakEachOther() {
        TestSite site = Sites.bureau();
        for (int i = 1; i <= 300; i++) {
            site.file("content/reports/more/2011-%03d.md".formatted(i), Sites.REPORT.replace("2011年工作总结", "报告" + i));
        }
        List<String> command = List.of(ShippedTool.LAUNCHER.toString(), "build", "--quiet");
        for (int round = 0; round < 2; round++) {
            Started first = ShippedTool.start(site.root(), command, Map.of());
            Started second = ShippedTool.start(site.root(), command, Map.of());
            List<Run> runs = new ArrayList<>(List.of(first.finish(), second.finish()));

            for (Run run : runs) {
                run.assertNoTrace();
                assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
                if (run.exitCode() == 1) {
                    assertThat(run.err()).contains("another build is writing to this folder right now");
                }
            }
            assertThat(runs).anyMatch(run -> run.exitCode() == 0);
            assertThat(site.root().resolve("site/reports/2011-300/index.html")).exists();
            assertThat(Folders.entries(site.root())).noneMatch(name -> name.contains(".staging-") || name.contains(".previous-"));
        }
    }

    @Test
    void outputRedirectedToAFileIsUtf8WhateverTheLocale() {
        TestSite site = Sites.bureau().file("content/reports/2011/2011-12-30-annual-summary.md",
                Sites.REPORT.replace("category: 年度总结", "category: 年终总结"));

        // ShippedTool decodes the output strictly as UTF-8; the C locale's default charset would be ASCII
        Run run = ShippedTool.run(site.root(), List.of(javaBinary(), "-jar", ShippedTool.JAR.toString(), "build"),
                Map.of("LC_ALL", "C", "LANG", "C"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/reports/2011/2011-12-30-annual-summary.md:6:11: `category` 「年终总结」");
    }

    /**
     * A Chinese Windows console shows GBK (code page 936); the same holds on a terminal whose locale is
     * zh_CN.GBK, made here with localedef into a temporary folder and run under script(1) for a terminal.
     */
    @Test
    void onAGbkConsoleTheOutputIsGbk() throws IOException, InterruptedException {
        Path locales = Files.createTempDirectory("gongkai-locales-");
        Process localedef = new ProcessBuilder("localedef", "-i", "zh_CN", "-f", "GBK",
                locales.resolve("zh_CN.GBK").toString()).inheritIO().start();
        assertThat(localedef.waitFor()).as("localedef (packages libc-bin and locales) makes zh_CN.GBK").isZero();
        TestSite site = Sites.bureau().file("content/reports/2011/2011-12-30-annual-summary.md",
                Sites.REPORT.replace("category: 年度总结", "category: 年终总结"));
        Path transcript = Files.createTempFile("gongkai-console-", ".txt");

        ProcessBuilder builder = new ProcessBuilder("script", "-qec", ShippedTool.LAUNCHER + " build", transcript.toString())
                .directory(site.root().toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(Map.of("LOCPATH", locales.toString(), "LC_ALL", "zh_CN.GBK", "LANG", "zh_CN.GBK",
                "GONGKAI_LANG", "en"));
        Process console = builder.start();
        console.getOutputStream().close();
        assertThat(console.waitFor()).as("script(1) passes the tool's exit code on").isEqualTo(1);

        String shown = new String(Files.readAllBytes(transcript), Charset.forName("GBK"));
        assertThat(shown).contains("`category` 「年终总结」 is not one of the allowed values");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
