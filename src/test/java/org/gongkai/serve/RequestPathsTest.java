package org.gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RequestPathsTest {

    private static final Path ROOT = Path.of("/srv/preview/site").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"/../etc/passwd", "/reports/../../x", "/%2e%2e/x", "/%2E%2E/x", "/reports/%2e%2e/%2e%2e/x",
            "/..%2fx", "/a%2Fb", "/a%5c..%5cb", "/a\\..\\b", "/a%00.html", "/./index.html", "/%2e/index.html",
            "/%zz", "/%e6%8a", "relative/path", ""})
    void refusesPathsThatCouldLeaveTheFolderOrAreMalformed(String raw) {
        assertThat(RequestPaths.resolve(ROOT, raw)).isEmpty();
    }

    @Test
    void resolvesOrdinaryAndEncodedPathsBelowTheFolder() {
        assertThat(RequestPaths.resolve(ROOT, "/")).contains(ROOT);
        assertThat(RequestPaths.resolve(ROOT, "/reports/a/index.html")).contains(ROOT.resolve("reports/a/index.html"));
        assertThat(RequestPaths.resolve(ROOT, "/files/%E6%8A%A5%E5%91%8A.pdf")).contains(ROOT.resolve("files/报告.pdf"));
        assertThat(RequestPaths.resolve(ROOT, "/a+b.txt")).contains(ROOT.resolve("a+b.txt"));
        assertThat(RequestPaths.resolve(ROOT, "//reports//a/")).contains(ROOT.resolve("reports/a"));
    }
}
