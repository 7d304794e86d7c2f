package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/**
 * Rendering in parallel must not change a byte of the output: a build on all cores equals a build in a JVM
 * whose common fork-join pool has no worker threads (every parallel stream then runs in the calling thread).
 */
class SingleThreadedBuildTest {

    @Test
    void parallelBuildIsByteIdenticalToASingleThreadedOne() throws Exception {
        StringBuilder files = new StringBuilder();
        String[] categories = {"年度总结", "工作汇报", "专项汇报", "工作要点"};
        for (int i = 0; i < 240; i++) {
            files.append(PublishTest.report(String.format("r%03d", i), String.format("20%02d-%02d-%02d", 10 + i % 5, 1 + i % 12, 1 + i % 27),
                    "tags: [标签" + (i % 7) + ", 资助]\n").replace("category: 工作汇报", "category: " + categories[i % 4])
                    .replace("正文r", "**（一）**全县\n学校正文，共计" + (i * 3) + "万元，其中甲" + i + "万元、乙" + (2 * i) + "万元。\n\n| 项目 | 金额 |\n|---|---:|\n| 甲 | " + i + " |\n\n正文r"));
        }
        TestSite site = TestSite.of("-- content/site.yaml --\ntitle: 站\nbureau: 局\nbase_url: https://x.example/\n" + files);
        for (String data : List.of("fees.csv", "projects.csv", "aid.csv")) {
            site.file("content/data/" + data, Files.readAllBytes(Path.of("content/data", data)));
        }
        BuiltSite parallel = site.build();

        Path single = site.root().resolve("single");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0", "-cp", System.getProperty("java.class.path"),
                "org.gongkai.cli.Main", "build", "--quiet", "--source", site.root().toString(), "--out", single.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        BuiltSite serial = new BuiltSite(single, null);
        assertThat(serial.files()).isEqualTo(parallel.files());
        for (String path : parallel.files()) {
            assertThat(serial.bytes(path)).as(path).isEqualTo(parallel.bytes(path));
        }
    }
}
