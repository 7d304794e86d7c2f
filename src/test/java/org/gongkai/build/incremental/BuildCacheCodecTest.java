package org.gongkai.build.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.lint.Finding;
import org.gongkai.lint.Ignored;
import org.gongkai.lint.ReportFindings;
import org.gongkai.load.FileStamp;
import org.gongkai.problem.Problem;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/** The cache file reads back what was written, every field; an older Gongkai's, a cut-off or a foreign file is said so. */
class BuildCacheCodecTest {

    @TempDir
    Path dir;

    @Test
    void everyFieldReadsBackAsWritten() {
        Finding finding = new Finding(Problem.warning(SourcePosition.of("content/reports/a.md", 7, 3),
                Text.of("build.feed"), Text.of("build.feed.hint")), "body");
        BuildCache cache = new BuildCache("jar:1:2", "/site", "inputs-hash", "index-hash", "listing-hash", Map.of(
                "content/reports/a.md", new CachedReport("fp-a", "ctx-a", "摘要：校安工程", List.of("reports/a/index.html",
                        "2011/a/index.html"), new ReportFindings(List.of(finding), List.of(new Ignored(finding, "comment", 6))),
                        new FileStamp(120, 1_796_410_786_652_695_422L)),
                "content/reports/b.md", new CachedReport("fp-b", "ctx-b", "", List.of("reports/b/index.html"),
                        new ReportFindings(List.of(), List.of()), null)),
                Map.of("index.html", new FileStamp(4000, 5), "reports/a/index.html", new FileStamp(3000, 6)),
                new InputStamps("[false, , false, false]", Map.of("content/site.yaml", new FileStamp(23, 9))));
        CacheFile file = new CacheFile(dir);

        file.write(cache);
        assertThat(file.read()).isEqualTo(new CacheFile.Found(cache));

        BuildCache noStamps = new BuildCache(cache.tool(), cache.out(), cache.inputs(), cache.index(), cache.listing(),
                Map.of(), Map.of(), null);
        file.write(noStamps);
        assertThat(file.read()).isEqualTo(new CacheFile.Found(noStamps));
        // a field added to either record is added to the codec too: these counts change with it
        assertThat(BuildCache.class.getRecordComponents()).hasSize(8);
        assertThat(CachedReport.class.getRecordComponents()).hasSize(6);
    }

    @Test
    void anOlderCutOffOrForeignFileIsNotTakenForACache() throws IOException {
        CacheFile file = new CacheFile(dir);
        Path path = dir.resolve("build-cache");
        try (OutputStream bytes = Files.newOutputStream(path); ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject("an older Gongkai wrote its cache by Java's serialization");
        }
        assertThat(file.read()).isEqualTo(new CacheFile.OtherVersion());

        file.write(new BuildCache("jar:1:2", "/site", "i", "x", "l", Map.of(), Map.of("index.html", new FileStamp(1, 2)), null));
        byte[] whole = Files.readAllBytes(path);
        Files.write(path, java.util.Arrays.copyOf(whole, whole.length - 3));
        assertThat(file.read()).isEqualTo(new CacheFile.Damaged());

        Files.writeString(path, "not a cache at all");
        assertThat(file.read()).isEqualTo(new CacheFile.Damaged());
        assertThat(new CacheFile(dir.resolve("none")).read()).isEqualTo(new CacheFile.Missing());
    }
}
