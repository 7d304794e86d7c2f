package org.gongkai.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.acceptance.ShippedTool.Run;
import org.gongkai.testing.TestSite;

/**
 * The self-contained image, {@code mvn -Pimage package}: its module list covers what the tool needs, and the image
 * builds a site with no Java on the PATH exactly as the plain download does on the JDK.
 */
class ImageIT {

    private static final Pattern IMAGE = Pattern.compile("gongkai-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?-linux-x64\\.zip");

    @TempDir
    Path temp;

    /** jdeps sees the modules the classes name; the pom adds those found by name at run time. */
    @Test
    void theImagesModulesIncludeEveryModuleJdepsFinds() throws IOException {
        String pom = Files.readString(ShippedTool.HOME.resolve("pom.xml"));
        Matcher listed = Pattern.compile("<image\\.modules>([^<]+)</image\\.modules>").matcher(pom);
        assertThat(listed.find()).as("image.modules in pom.xml").isTrue();
        List<String> modules = Arrays.asList(listed.group(1).trim().split(","));
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                "--class-path", ShippedTool.HOME.resolve("target/lib") + "/*", ShippedTool.JAR.toString()));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ToolProvider.findFirst("jdeps").orElseThrow().run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String needed = out.toString(StandardCharsets.UTF_8).lines().reduce((first, last) -> last).orElse("").trim();
        assertThat(needed).isNotEmpty();
        assertThat(modules).containsAll(Arrays.asList(needed.split(",")));
        assertThat(modules).contains("jdk.charsets", "jdk.localedata", "jdk.zipfs");
    }

    @Test
    void theImageBuildsWithoutJavaOnThePathAsTheDownloadDoesOnTheJdk() throws IOException {
        Path zip = image();
        Path imageInstall = Download.unzip(zip, Files.createDirectories(temp.resolve("image")));
        Path plainInstall = Download.unzip(Files.createDirectories(temp.resolve("plain")));
        Path tools = Download.shellTools(temp.resolve("tools"));
        Path javaBin = Download.javaOnly(temp.resolve("java-bin"), Path.of(System.getProperty("java.home")));
        // GBK CSV (jdk.charsets on some platforms), .xlsx (aalto-xml, commons-compress), the theme read from the
        // jar (jdk.zipfs), and two schools of one stage whose pinyin order is not their code-point order
        // (jdk.localedata): 县 (xian) before 中 (zhong), though U+4E2D < U+53BF.
        String fees = String.join("\n", Sites.FEES_HEADER, Sites.FEE_ROW, Sites.FEE_ROW.replace("宿松中学", "宿松县二中"),
                Sites.FEE_ROW_2) + "\n";
        TestSite site = Sites.bureau().file("content/data/fees.csv", fees.getBytes(Charset.forName("GBK")))
                .delete("content/data/projects.csv")
                .file("content/data/projects.xlsx", Workbooks.fromCsv(Workbooks.Style.EXCEL, Sites.PROJECTS_HEADER,
                        Sites.PROJECT_ROW));

        assertThat(imageInstall.resolve("runtime/bin/java")).isExecutable();
        Run plain = gongkai(plainInstall, site.root(), Download.path(javaBin, tools), "--out", "site-plain");
        Run image = gongkai(imageInstall, site.root(), Download.path(tools), "--out", "site-image");

        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        assertThat(image.exitCode()).as(image.toString()).isZero();
        String feesPage = InputFormsIT.read(site.root().resolve("site-image"), "fees/index.html");
        assertThat(feesPage.indexOf("宿松县二中")).as("pinyin order").isLessThan(feesPage.indexOf("宿松中学"));
        assertThat(Folders.fingerprint(site.root().resolve("site-image")))
                .isEqualTo(Folders.fingerprint(site.root().resolve("site-plain")));
    }

    private Path image() throws IOException {
        try (var files = Files.list(ShippedTool.HOME.resolve("target"))) {
            List<Path> images = files.filter(f -> IMAGE.matcher(f.getFileName().toString()).matches()).toList();
            assumeTrue(images.size() == 1, "no image: made by mvn -Pimage package");
            return images.get(0);
        }
    }

    private static Run gongkai(Path install, Path site, String path, String... buildArgs) {
        List<String> command = new ArrayList<>(List.of(install.resolve("gongkai").toString(), "build"));
        command.addAll(List.of(buildArgs));
        return ShippedTool.run(site, command, Map.of("PATH", path, "JAVA_HOME", ""));
    }
}
