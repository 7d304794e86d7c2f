package org.gongkai.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.gongkai.acceptance.ShippedTool.Run;
import org.gongkai.testing.TestSite;

/**
 * Incremental builds through the shipped launcher, each build a fresh process (as a clerk runs them): the second
 * build takes every page over, an edited report is rendered again, {@code --clean} renders everything, a damaged
 * cache and a hand-edited {@code site/} are noticed in one line, and the result is always the clean build's.
 */
class IncrementalIT {

    private static final String REPORT = "content/reports/2011/2011-12-30-annual-summary.md";

    @Test
    void aSecondBuildReusesEveryPageAndAnEditRendersOnlyWhatShowsIt() throws IOException {
        TestSite site = Sites.bureau();
        Path root = site.root();
        Run first = build(root);
        assertThat(first.out()).doesNotContain("taken over");

        Run second = build(root);
        assertThat(second.out()).containsPattern("; 0 pages rendered, \\d+ taken over unchanged from the last build");

        Path report = root.resolve(REPORT);
        Files.writeString(report, Files.readString(report) + "\n本学期新增一句话，说明收费公示的渠道。\n");
        Run edited = build(root);
        // the report's page and the search page (written with the index every time)
        assertThat(edited.out()).containsPattern("; 2 pages rendered, \\d+ taken over unchanged");
        assertThat(Files.readString(root.resolve("site/reports/2011-12-30-annual-summary/index.html")))
                .contains("本学期新增一句话");

        Run clean = ShippedTool.gongkai(root, "build", "--clean", "--out", "clean").assertNoTrace();
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        assertThat(clean.out()).doesNotContain("taken over");
        assertThat(Folders.fingerprint(root.resolve("site"))).isEqualTo(Folders.fingerprint(root.resolve("clean")));
    }

    @Test
    void aDamagedCacheAndAHandEditedSiteAreSaidAndIgnored() throws IOException {
        Path root = Sites.bureau().root();
        build(root);
        Files.writeString(root.resolve(".gongkai/build-cache"), "garbage");
        Run damaged = build(root);
        assertThat(damaged.out()).contains("the cache in .gongkai/ cannot be read: every page is rendered anew")
                .doesNotContain("taken over");

        Files.writeString(root.resolve("site/index.html"), "changed by hand");
        Run handEdited = build(root);
        assertThat(handEdited.out()).contains("the published folder was changed since the last build");
        assertThat(Files.readString(root.resolve("site/index.html"))).contains("<html");

        Run chinese = ShippedTool.run(root, List.of(ShippedTool.LAUNCHER.toString(), "build"), Map.of("GONGKAI_LANG", "zh")).assertNoTrace();
        assertThat(chinese.out()).contains("沿用上次生成的");
    }

    @Test
    void aBuildWithNoFileTouchedSinceTheLastReadsNoneAndPrintsWhatThatOneDid() throws IOException {
        Path root = Sites.bureau().root();
        // the files were written just now: a build trusts the stamps only of files older than two seconds
        for (String folder : List.of("content", "themes")) {
            if (Files.isDirectory(root.resolve(folder))) {
                try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
                    }
                }
            }
        }
        build(root);
        Run loaded = build(root);
        // a report that would not load, of the same size and time: a build that reads no input does not see it
        Path report = root.resolve(REPORT);
        FileTime time = Files.getLastModifiedTime(report);
        Files.writeString(report, Files.readString(report).replaceFirst("title: ", "title: ["));
        Files.writeString(report, Files.readString(report).replaceFirst("\n\n", "\n"));
        Files.setLastModifiedTime(report, time);
        Run unread = build(root);
        assertThat(shown(unread.out())).isEqualTo(shown(loaded.out())).contains("0 pages rendered");
        assertThat(shown(unread.err())).isEqualTo(shown(loaded.err()));
    }

    /** The output without the build's time. */
    private static String shown(String output) {
        return output.replaceAll("in \\d+(\\.\\d+)? s", "in _ s");
    }

    private static Run build(Path root) {
        Run run = ShippedTool.gongkai(root, "build").assertNoTrace();
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }
}
