package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.build.BuildOptions;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuild;
import org.gongkai.testing.BuiltSite;

/**
 * The weight a phone on a slow line pays for a report: every report page of the demo site with its CSS stays under
 * 25 KB (25 × 1024 bytes, uncompressed, as issue 16 states the budget), and the 长者模式 script and stylesheet stay
 * small (the stylesheet is fetched only in the mode).
 */
class PageBudgetTest {

    static final int BUDGET = 25 * 1024;

    @TempDir
    Path out;

    @Test
    void reportPagesWithTheirCssStayUnder25KB() {
        BuildResult result = new SiteBuild().run(new BuildOptions(Path.of("").toAbsolutePath(), out.resolve("site"), false, "", false));
        BuiltSite site = new BuiltSite(out.resolve("site"), result);
        int css = site.bytes("assets/css/site.css").length;
        List<String> reports = site.files().stream().filter(f -> f.matches("reports/\\d{4}-\\d\\d-\\d\\d-[^/]+/index.html")).toList();
        assertThat(reports).hasSizeGreaterThanOrEqualTo(4);
        for (String report : reports) {
            assertThat(site.bytes(report).length + css).as(report + " with site.css").isLessThan(BUDGET);
        }
        assertThat(site.bytes("assets/js/mode.js").length).isLessThan(2048);
        assertThat(site.bytes("assets/css/elder.css").length).isLessThan(2048);
    }
}
