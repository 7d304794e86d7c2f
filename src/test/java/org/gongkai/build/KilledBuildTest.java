package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.gongkai.testing.TestSite;

/** A build killed half-way (kill -9 while it writes its staging folder) leaves the published site as it was. */
class KilledBuildTest {

    @Test
    void killedBuildLeavesThePublishedSiteUntouchedAndTheNextBuildCleansUp() throws Exception {
        StringBuilder files = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            files.append(PublishTest.report(String.format("r%04d", i), "2012-01-" + String.format("%02d", 1 + i % 28),
                    "tags: [标签" + (i % 40) + "]\n"));
        }
        TestSite site = TestSite.withConfig(PublishTest.report("first", "2011-12-30", ""));
        site.build();
        Map<String, byte[]> before = snapshot(site.root().resolve("site"));
        writeMany(site, files.toString());

        Process build = new ProcessBuilder(javaCommand("build", "--source", site.root().toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path staging = waitForStaging(site.root(), build);
        build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(staging).as("the build was killed while writing its staging folder").exists();
        Map<String, byte[]> after = snapshot(site.root().resolve("site"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));

        site.build();
        try (Stream<Path> siblings = Files.list(site.root())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site", ".site.lock"); // the build lock stays; no staging folder does
        }
    }

    private static void writeMany(TestSite site, String txtar) {
        TestSite parsed = TestSite.of(txtar);
        try (Stream<Path> walk = Files.walk(parsed.root().resolve("content"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                site.file(parsed.root().relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path waitForStaging(Path root, Process build) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> siblings = Files.list(root)) {
                for (Path p : siblings.toList()) {
                    if (p.getFileName().toString().startsWith(".site.staging-") && Files.exists(p.resolve("reports"))) {
                        return p;
                    }
                }
            }
            if (!build.isAlive()) {
                throw new AssertionError("the build ended before it could be killed; exit " + build.exitValue());
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no staging folder appeared");
    }

    private static List<String> javaCommand(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.gongkai.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
