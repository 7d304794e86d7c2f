package org.gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.gongkai.build.BuildListener;
import org.gongkai.build.BuildOptions;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/** A portable site's partial rebuild (the preview's path) writes the same bytes as a full build (the build's). */
class PortableRebuildTest {

    static String report(String title, String date) {
        return "---\ntitle: " + title + "\ndate: " + date + "\nyear: " + date.substring(0, 4)
                + "\nperiod: 全年\ncategory: 工作汇报\ndepartment: 测试县教育局\ntags: [学生资助]\n---\n## 一、主要工作\n\n见[上一篇](../r1/)。\n";
    }

    @Test
    void aTitleEditRebuildsToTheBytesOfAFullPortableBuild() {
        TestSite site = TestSite.of("-- content/site.yaml --\ntitle: 测试站\nbureau: 测试县教育局\nportable: true\n");
        for (int n = 1; n <= 8; n++) {
            site.file("content/reports/r" + n + ".md", report("报告" + n, (2010 + n % 3) + "-0" + n + "-10"));
        }
        Path out = site.root().resolve("preview/site");
        SiteRebuilder rebuilder = new SiteRebuilder(new BuildOptions(site.root(), out, true, "", false),
                BuildListener.SILENT);
        assertThat(rebuilder.buildAll(List.of()).failed()).isFalse();

        site.file("content/reports/r4.md", report("报告4（修订）", "2011-04-10"));
        Rebuild rebuild = rebuilder.rebuild(new ChangeSet(false, Set.of(site.root().resolve("content/reports/r4.md")),
                List.of("content/reports/r4.md")));
        assertThat(rebuild.full()).isFalse();
        assertThat(rebuild.written()).contains("reports/r4/index.html", "reports/index.html");

        Path fresh = site.root().resolve("full/site");
        BuiltSite full = site.build(new BuildOptions(site.root(), fresh, true, "", false));
        List<String> files = files(out);
        assertThat(files).isEqualTo(full.files());
        for (String file : files) {
            assertThat(out.resolve(file)).as(file).hasSameBinaryContentAs(fresh.resolve(file));
        }
        assertThat(full.text("reports/r4/index.html")).contains("href=\"../r1/index.html\"", "href=\"../../reports/index.html\"");
    }

    private static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
