package org.gongkai.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.acceptance.ShippedTool.Run;

/**
 * The download for office PCs as a clerk meets it: unzipped into a folder whose name has a space and Chinese,
 * run with only {@code java} on the PATH (no Maven, no JAVA_HOME), and with a Java too old or none at all.
 */
class DownloadIT {

    static final String NEEDS_JAVA =
            "请安装 Java 17 或更高版本（例如 https://adoptium.net/zh-CN/ 的 Temurin 17），然后重新运行。";

    @TempDir
    Path temp;

    @Test
    void theZipHoldsTheToolItsLibrariesTheLaunchersTheDemoAndTheGuides() throws IOException {
        String folder = Download.zip().getFileName().toString().replaceFirst("\\.zip$", "") + "/";
        try (ZipFile zip = ZipFile.builder().setPath(Download.zip()).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            List<String> names = entries.stream().map(ZipArchiveEntry::getName).toList();
            assertThat(names).contains(folder + "gongkai", folder + "gongkai.cmd", folder + "gongkai.jar",
                    folder + "lib/picocli-4.7.6.jar", folder + "lib/commons-compress-1.27.1.jar",
                    folder + "content/site.yaml", folder + "README.md");
            assertThat(names.contains(folder + "README.zh-CN.md"))
                    .as("the Chinese guide, when the repository has it")
                    .isEqualTo(Files.exists(ShippedTool.HOME.resolve("README.zh-CN.md")));
            assertThat(names).noneMatch(name -> name.endsWith(".jsa") || name.contains("/site/"));
            assertThat(zip.getEntry(folder + "gongkai").getUnixMode() & 0777).isEqualTo(0755);
            assertThat(entries).as("one timestamp for all: project.build.outputTimestamp")
                    .extracting(ZipArchiveEntry::getTime).containsOnly(entries.get(0).getTime());
            try (InputStream cmd = zip.getInputStream(zip.getEntry(folder + "gongkai.cmd"))) {
                String text = new String(cmd.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(text).as("cmd.exe reads CRLF batch files reliably").doesNotContainPattern("[^\r]\n");
            }
        }
    }

    @Test
    void unzippedItMakesAndBuildsASiteWithOnlyJavaOnThePath() throws IOException {
        Path install = Download.unzip(Files.createDirectories(temp.resolve("下载 文件")));
        Path work = Files.createDirectories(temp.resolve("work"));
        String path = Download.path(Download.javaOnly(temp.resolve("java-bin"), javaHome()),
                Download.shellTools(temp.resolve("tools")));

        Run created = gongkai(install, work, path, "new", "site", "我的站点").assertNoTrace();
        assertThat(created.exitCode()).as(created.toString()).isZero();
        Run built = gongkai(install, work.resolve("我的站点"), path, "build").assertNoTrace();

        assertThat(built.exitCode()).as(built.toString()).isZero();
        assertThat(work.resolve("我的站点/site/index.html")).isRegularFile();
        assertThat(Folders.entries(install.resolve("lib"))).as("the class-data-sharing archive, made once")
                .anyMatch(name -> name.matches("gongkai-java-.+\\.jsa"));
        Run again = gongkai(install, work.resolve("我的站点"), path, "build", "--quiet").assertNoTrace();
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.err()).doesNotContain("SharedArchiveFile", "[cds]");
    }

    /**
     * "Java 17 or newer": the machine's second JDK (Temurin 25 here) runs the download too, with its own
     * class-data-sharing archive beside the one of Java 17. Skipped where there is no newer JDK.
     */
    @Test
    void aNewerJavaRunsItToo() throws IOException {
        Path newer = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(newer.resolve("bin/java")), "no newer JDK at " + newer);
        Path install = Download.unzip(Files.createDirectories(temp.resolve("新版 Java")));
        Path work = Files.createDirectories(temp.resolve("work-newer"));
        String path = Download.path(Download.javaOnly(temp.resolve("java-newer-bin"), newer),
                Download.shellTools(temp.resolve("tools-newer")));

        Run created = gongkai(install, work, path, "new", "site", "我的站点").assertNoTrace();
        assertThat(created.exitCode()).as(created.toString()).isZero();
        Run built = gongkai(install, work.resolve("我的站点"), path, "build").assertNoTrace();

        assertThat(built.exitCode()).as(built.toString()).isZero();
        assertThat(work.resolve("我的站点/site/index.html")).isRegularFile();
        assertThat(Folders.entries(install.resolve("lib"))).anyMatch(name -> name.matches("gongkai-java-25.+\\.jsa"));
    }

    @Test
    void javaEightOrElevenOnThePathGetsOneChineseSentenceAndExitCode3() throws IOException {
        Path install = Download.unzip(temp);
        Path tools = Download.shellTools(temp.resolve("tools"));
        String java8 = """
                echo 'Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8' >&2
                echo 'java version "1.8.0_392"' >&2
                echo 'Java(TM) SE Runtime Environment (build 1.8.0_392-b08)' >&2
                """;
        String java11 = """
                echo 'openjdk version "11.0.2" 2019-01-15' >&2
                echo 'OpenJDK Runtime Environment 18.9 (build 11.0.2+9)' >&2
                """;
        for (Map.Entry<String, String> old : Map.of("1.8.0_392", java8, "11.0.2", java11).entrySet()) {
            Path fake = Download.fakeJava(temp.resolve("fake-" + old.getKey()), old.getValue());

            Run run = gongkai(install, temp, Download.path(fake, tools), "build");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
            assertThat(run.err()).isEqualTo("这台电脑上的 Java 是 " + old.getKey() + "；" + NEEDS_JAVA + "\n");
            assertThat(run.out()).isEmpty();
        }
    }

    /** A JDK's release file is read without starting it: this stand-in says nothing when asked. */
    @Test
    void anOldJdkIsKnownByItsReleaseFile() throws IOException {
        Path install = Download.unzip(temp);
        Path jdk = temp.resolve("jdk-11");
        Download.fakeJava(jdk.resolve("bin"), "exit 0\n");
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"11.0.21\"\n");

        Run run = gongkai(install, temp, Download.path(jdk.resolve("bin"), Download.shellTools(temp.resolve("tools"))),
                "build");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("这台电脑上的 Java 是 11.0.21；" + NEEDS_JAVA + "\n");
    }

    @Test
    void noJavaAtAllGetsTheSameSentence() throws IOException {
        Path install = Download.unzip(temp);

        Run run = gongkai(install, temp, Download.path(Download.shellTools(temp.resolve("tools"))), "build");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("这台电脑上没有找到 Java；" + NEEDS_JAVA + "\n");
    }

    /** "21", without minor and patch, is read as 21: the tool runs (here on this machine's Java). */
    @Test
    void aVersionWithoutMinorNumbersRuns() throws IOException {
        Path install = Download.unzip(temp);
        Files.delete(install.resolve("content/site.yaml")); // no demo, so no class-data-sharing archive either
        Path fake = Download.fakeJava(temp.resolve("fake-21"), """
                case "$1" in -version) echo 'openjdk version "21" 2023-09-19' >&2; exit 0;; esac
                exec '%s' "$@"
                """.formatted(javaHome().resolve("bin/java")));

        Run run = gongkai(install, temp, Download.path(fake, Download.shellTools(temp.resolve("tools"))), "--version");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("gongkai ");
    }

    /** The second guard, for java -jar gongkai.jar on an old Java: a Main-Class that Java 8 can load. */
    @Test
    void theJarsMainClassIsBuiltForJava8() throws IOException {
        try (JarFile jar = new JarFile(ShippedTool.JAR.toFile())) {
            String main = jar.getManifest().getMainAttributes().getValue("Main-Class");
            assertThat(main).isEqualTo("org.gongkai.Launch");
            try (DataInputStream in = new DataInputStream(jar.getInputStream(jar.getEntry("org/gongkai/Launch.class")))) {
                assertThat(in.readInt()).isEqualTo(0xCAFEBABE);
                in.readUnsignedShort();
                assertThat(in.readUnsignedShort()).as("class file version 52 is Java 8").isEqualTo(52);
            }
        }
    }

    private static Run gongkai(Path install, Path dir, String path, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(install.resolve("gongkai").toString()));
        command.addAll(List.of(args));
        return ShippedTool.run(dir, command, Map.of("PATH", path, "JAVA_HOME", ""));
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }
}
