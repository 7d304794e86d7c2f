package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.gongkai.build.incremental.BuildCache;
import org.gongkai.build.incremental.CacheFile;
import org.gongkai.load.SitePaths;
import org.gongkai.problem.BuildFailedException;
import org.gongkai.problem.Problem;
import org.gongkai.testing.TestSite;

/**
 * The differential test of incremental builds: random sequences of edits (a report's body, title, date, category,
 * department, tags; reports added, renamed, removed; data rows; site.yaml; a theme file; a static file), and after
 * each the incremental build compared with a clean build of the same input, file by file, with the same findings.
 */
class IncrementalBuildTest {

    private static final String[] CATEGORIES = {"年度总结", "半年总结", "工作汇报", "工作要点"};
    private static final String[] DEPARTMENTS = {"测试县教育局", "测试县教育局计财股", "测试县教育局基教股"};
    private static final String[] TAGS = {"学生资助", "校安工程", "收费管理", "营养改善"};
    private static final String[] SENTENCES = {
        "全年共投入资金4765万元，其中校安工程资金3200万元，学生资助资金1565万元。",
        "本学期免收住宿费，惠及学生1200人。",
        "依据宿价〔2012〕21号文件，规范收费项目XX项。",
        "全县共有中小学校58所，在校学生3.2万人。",
        "**收费管理情况。**本学期开展收费自查自纠。",
        "联系电话：0556-1001001。",
    };

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void everyIncrementalBuildIsTheCleanBuildOfTheSameInput(long seed) throws IOException {
        afterRandomEdits(seed, temp, site -> new Differential() {
            @Override
            public BuildOptions options() {
                return site.options();
            }

            @Override
            public BuildResult rebuild(String edit) throws IOException {
                age(site.root());
                Stages stages = new Stages();
                BuildResult incremental = new SiteBuild().run(site.options().withCache(false), stages);
                // only a build with no file touched since the last one skips loading
                assertThat(stages.loaded).as(edit).isEqualTo(!edit.equals("nothing"));
                return incremental;
            }
        });
    }

    /** One kind of rebuild the differential test holds to clean builds. */
    interface Differential {

        /** The options of the rebuilds, whose output folder is compared with a clean build's. */
        BuildOptions options();

        /** The rebuild after {@code edit} ({@link #edit}'s description). */
        BuildResult rebuild(String edit) throws IOException;
    }

    /**
     * The differential test: a random site ({@link #randomSite}) and 12 random edits, each followed by the rebuild
     * {@code start} sets up, whose folder must then be a clean build's of the same input, file by file, with the same
     * notices; most rebuilds must have taken pages over, or the comparison says little.
     */
    static void afterRandomEdits(long seed, Path temp, Function<TestSite, Differential> start) throws IOException {
        Random random = new Random(seed);
        List<String> reports = new ArrayList<>();
        TestSite site = randomSite(random, seed, reports);
        Differential differential = start.apply(site);
        int partial = 0;
        int next = 14;
        for (int step = 0; step < 12; step++) {
            String edit = edit(random, site.root(), reports, next);
            if (edit.startsWith("add") || edit.startsWith("rename")) {
                next++;
            }
            BuildResult rebuilt = differential.rebuild(edit);
            Path clean = temp.resolve("clean-" + step);
            BuildResult cleanBuild = new SiteBuild().run(differential.options().withOut(clean));
            String what = "seed " + seed + ", step " + step + " (" + edit + ")";
            assertThat(tree(differential.options().out())).as(what).isEqualTo(tree(clean));
            assertThat(printed(rebuilt)).as(what).isEqualTo(printed(cleanBuild));
            if (rebuilt.reused() > 0) {
                partial++;
            }
        }
        assertThat(partial).as("rebuilds that reused pages").isGreaterThanOrEqualTo(6);
    }

    @Test
    void aBuildWithNoChangeRendersNothingAndLeavesTheSiteAsItIs() {
        TestSite site = smallSite();
        BuildResult first = new SiteBuild().run(site.options().withCache(false));
        BuildResult second = new SiteBuild().run(site.options().withCache(false));
        assertThat(first.reused()).isZero();
        // nothing is rendered, staged or swapped: the published site is what the build would make
        assertThat(second.rendered()).isZero();
        assertThat(second.reused()).isEqualTo(second.pages()).isEqualTo(first.pages());
        assertThat(second.files()).isEqualTo(first.files());
        assertThat(second.changes().changed()).isEmpty();
        assertThat(second.changes().added()).isEmpty();
    }

    @Test
    void aBuildWithNoFileTouchedSinceTheLastReadsNoneAndSaysWhatThatOneSaid() throws IOException {
        TestSite site = smallSite().file("content/reports/c.md", "---\ntitle: 报告丙\ndate: 2013-07-30\nyear: 2013\n"
                + "period: 全年\ncategory: 年度总结\ndepartment: 测试县教育局\n---\n43名教师获XX市班主任技能大赛一等奖。\n");
        age(site.root());
        BuildResult first = new SiteBuild().run(site.options().withCache(false));
        Stages stages = new Stages();
        BuildResult second = new SiteBuild().run(site.options().withCache(false), stages);
        assertThat(stages.loaded).isFalse();
        // the feed's info and the placeholder's warning, as the build that loaded the site said them
        assertThat(printed(second)).isEqualTo(printed(first)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(second.contentRules()).isEqualTo(first.contentRules());
        assertThat(second.rendered()).isZero();
        assertThat(second.reused()).isEqualTo(second.pages()).isEqualTo(first.pages());
        assertThat(second.files()).isEqualTo(first.files());

        // the stamps are all it reads: a report that would not load, of the same size and time, goes unseen …
        Path a = site.root().resolve("content/reports/a.md");
        FileTime time = Files.getLastModifiedTime(a);
        Files.writeString(a, Files.readString(a).replace("title: 报告甲", "title: [报告ab"));
        Files.setLastModifiedTime(a, time);
        assertThat(new SiteBuild().run(site.options().withCache(false)).rendered()).isZero();
        // … until its time differs
        Files.setLastModifiedTime(a, FileTime.from(time.toInstant().plusSeconds(1)));
        assertThatThrownBy(() -> new SiteBuild().run(site.options().withCache(false)))
                .isInstanceOf(BuildFailedException.class);
    }

    @Test
    void anEditOfTheSameSizeATouchOrCleanLoadTheSite() throws IOException {
        TestSite site = smallSite();
        age(site.root());
        new SiteBuild().run(site.options().withCache(false));
        Path a = site.root().resolve("content/reports/a.md");
        Files.writeString(a, Files.readString(a).replace("正文甲", "正文丙"));
        age(site.root());
        Stages edited = new Stages();
        new SiteBuild().run(site.options().withCache(false), edited);
        assertThat(edited.loaded).isTrue();
        assertThat(site.root().resolve("site/reports/a/index.html")).content().contains("正文丙");

        Path b = site.root().resolve("content/reports/b.md");
        Files.setLastModifiedTime(b, FileTime.from(Files.getLastModifiedTime(b).toInstant().minusSeconds(1)));
        Stages touched = new Stages();
        BuildResult afterTouch = new SiteBuild().run(site.options().withCache(false), touched);
        // loaded, and found by the contents that nothing changed
        assertThat(touched.loaded).isTrue();
        assertThat(afterTouch.rendered()).isZero();
        Stages again = new Stages();
        new SiteBuild().run(site.options().withCache(false), again);
        assertThat(again.loaded).as("the build after the touch records the new stamps").isFalse();

        Stages clean = new Stages();
        new SiteBuild().run(site.options().withCache(true), clean);
        assertThat(clean.loaded).isTrue();
    }

    /** A report kept elsewhere and linked into content/reports is read, and stamped, as the file the link leads to. */
    @Test
    void aLinkedReportIsTheFileItLeadsTo() throws IOException {
        TestSite site = smallSite();
        Path elsewhere = site.root().resolve("elsewhere/c.md");
        Files.createDirectories(elsewhere.getParent());
        Files.writeString(elsewhere, "---\ntitle: 报告丙\ndate: 2014-06-30\nyear: 2014\nperiod: 上半年\ncategory: 半年总结\n"
                + "department: 测试县教育局\n---\n正文丙。\n");
        Files.createSymbolicLink(site.root().resolve("content/reports/c.md"), elsewhere);
        age(site.root());
        Files.setLastModifiedTime(elsewhere, FileTime.from(Instant.now().minusSeconds(3)));
        new SiteBuild().run(site.options().withCache(false));
        assertThat(site.root().resolve("site/reports/c/index.html")).content().contains("正文丙");

        // only the file the link leads to changes: its stamp is the one compared
        Files.writeString(elsewhere, Files.readString(elsewhere).replace("正文丙", "正文丁"));
        Files.setLastModifiedTime(elsewhere, FileTime.from(Instant.now().minusSeconds(3)));
        BuildResult edited = new SiteBuild().run(site.options().withCache(false));
        assertThat(edited.rendered()).isPositive();
        assertThat(site.root().resolve("site/reports/c/index.html")).content().contains("正文丁");
    }

    /**
     * A report whose file has the stamp the last build listed it with is taken as that build read it (its fingerprint
     * is not worked out again), unless the file had changed just before that build: then a second edit of the same
     * size within the file system's clock tick could keep the stamp, and the next build reads it again.
     */
    @Test
    void aReportChangedJustBeforeABuildIsNotTakenByItsStampNextTime() throws Exception {
        TestSite site = smallSite();
        age(site.root());
        new SiteBuild().run(site.options().withCache(false));
        Path a = site.root().resolve("content/reports/a.md");
        Files.writeString(a, Files.readString(a).replace("正文甲", "正文丙"));
        new SiteBuild().run(site.options().withCache(false));
        FileTime listed = Files.getLastModifiedTime(a);
        Files.writeString(a, Files.readString(a).replace("正文丙", "正文丁"));
        Files.setLastModifiedTime(a, listed);
        Thread.sleep(2200); // the stamp is old enough now to be trusted, had the last build recorded it

        BuildResult third = new SiteBuild().run(site.options().withCache(false));

        assertThat(third.rendered()).isPositive();
        assertThat(site.root().resolve("site/reports/a/index.html")).content().contains("正文丁");
    }

    /**
     * While only reports changed, the other inputs' hash is the last build's, taken by their files' stamps: a fee table
     * rewritten to the same size and time goes unseen (as the up-to-date check lets it), until its time differs.
     */
    @Test
    void theOtherInputsAreTakenByTheirStampsWhileOnlyReportsChanged() throws IOException {
        TestSite site = smallSite().file("content/data/fees.csv", org.gongkai.testing.DataRows.FEES_HEADER + "\n"
                + org.gongkai.testing.DataRows.FEE + "\n");
        age(site.root());
        new SiteBuild().run(site.options().withCache(false));
        Path fees = site.root().resolve("content/data/fees.csv");
        FileTime time = Files.getLastModifiedTime(fees);
        Files.writeString(fees, Files.readString(fees).replace("240.00", "250.00"));
        Files.setLastModifiedTime(fees, time);
        Path a = site.root().resolve("content/reports/a.md");
        Files.writeString(a, Files.readString(a) + "\n第二段。\n"); // the lists show what they showed: they are not rendered
        age(site.root());

        BuildResult reportEdited = new SiteBuild().run(site.options().withCache(false));
        Path feePage = site.root().resolve("site/fees/2012-2013/index.html");
        assertThat(reportEdited.reused()).isPositive();
        assertThat(site.root().resolve("site/reports/a/index.html")).content().contains("第二段");
        assertThat(feePage).content().contains("240.00").doesNotContain("250.00");

        Files.setLastModifiedTime(fees, FileTime.from(time.toInstant().plusSeconds(1)));
        BuildResult feesTouched = new SiteBuild().run(site.options().withCache(false));
        assertThat(feesTouched.reused()).isZero();
        assertThat(feePage).content().contains("250.00");
    }

    @Test
    void filesWrittenJustBeforeABuildAreNotTrustedByTheirStamps() {
        TestSite site = smallSite();
        new SiteBuild().run(site.options().withCache(false));
        Stages stages = new Stages();
        new SiteBuild().run(site.options().withCache(false), stages);
        // the same second, the same size: a second edit might not have shown in the stamps the first build took
        assertThat(stages.loaded).isTrue();
    }

    @Test
    void aDamagedCacheOrAHandEditedSiteIsNotTrustedAndSaysSo() throws IOException {
        TestSite site = smallSite();
        new SiteBuild().run(site.options().withCache(false));
        Path cache = new SitePaths(site.root()).cache().resolve("build-cache");
        Files.write(cache, "not a cache".getBytes(StandardCharsets.UTF_8));
        BuildResult damaged = new SiteBuild().run(site.options().withCache(false));
        assertThat(damaged.reused()).isZero();
        assertThat(damaged.fullBecause()).hasValueSatisfying(t -> assertThat(t.key()).isEqualTo("build.cache.damaged"));

        Path page = site.root().resolve("site/reports/a/index.html");
        Files.writeString(page, "edited by hand");
        BuildResult afterHandEdit = new SiteBuild().run(site.options().withCache(false));
        assertThat(afterHandEdit.fullBecause()).hasValueSatisfying(t -> assertThat(t.key()).isEqualTo("build.cache.siteChanged"));
        assertThat(Files.readString(page)).contains("<html");

        BuildResult trusted = new SiteBuild().run(site.options().withCache(false));
        assertThat(trusted.fullBecause()).isEmpty();
        assertThat(trusted.reused()).isPositive();
        BuildResult clean = new SiteBuild().run(site.options().withCache(true));
        assertThat(clean.reused()).isZero();
        assertThat(clean.fullBecause()).isEmpty();
    }

    @Test
    void aCacheWrittenByAnotherGongkaiIsNotTrustedAndSaysSo() {
        TestSite site = smallSite();
        new SiteBuild().run(site.options().withCache(false));
        CacheFile file = new CacheFile(new SitePaths(site.root()).cache());
        BuildCache cache = ((CacheFile.Found) file.read()).cache();
        file.write(new BuildCache("jar:1:2", cache.out(), cache.inputs(), cache.index(), cache.listing(), cache.reports(),
                cache.published(), cache.inputStamps()));
        BuildResult other = new SiteBuild().run(site.options().withCache(false));
        assertThat(other.reused()).isZero();
        assertThat(other.fullBecause()).hasValueSatisfying(t -> assertThat(t.key()).isEqualTo("build.cache.otherVersion"));
    }

    /** 14 random reports (their files added to {@code reports}), a page, a static file, data tables, a theme file. */
    static TestSite randomSite(Random random, long seed, List<String> reports) throws IOException {
        // with base_url the build writes feeds and a sitemap; without, it says so
        TestSite site = TestSite.of(TestSite.SITE_YAML + (seed % 2 == 1 ? "base_url: https://jyj.example.gov.cn/\n" : ""));
        for (int i = 0; i < 14; i++) {
            String path = "content/reports/r" + i + ".md";
            site.file(path, report(random, "r" + i));
            reports.add(path);
        }
        return site.file("content/pages/guide.md", "---\ntitle: 信息公开指南\n---\n本指南说明如何申请公开。\n")
                .file("content/static/files/note.txt", "第一版\n")
                .file("content/data/fees.csv", Files.readString(Path.of("content/data/fees.csv")))
                .file("content/data/aid.csv", Files.readString(Path.of("content/data/aid.csv")))
                .file("themes/default/assets/css/custom.css", ".x { color: #000; }\n");
    }

    private static TestSite smallSite() {
        return TestSite.of(TestSite.SITE_YAML)
                .file("content/reports/a.md", "---\ntitle: 报告甲\ndate: 2012-12-30\nyear: 2012\nperiod: 全年\ncategory: 年度总结\n"
                        + "department: 测试县教育局\n---\n正文甲。\n")
                .file("content/reports/b.md", "---\ntitle: 报告乙\ndate: 2013-06-30\nyear: 2013\nperiod: 上半年\ncategory: 半年总结\n"
                        + "department: 测试县教育局\n---\n正文乙。\n");
    }

    private static String report(Random random, String slug) {
        int year = 2010 + random.nextInt(4);
        String date = year + "-" + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 2 + random.nextInt(3); i++) {
            body.append(SENTENCES[random.nextInt(SENTENCES.length)]).append("\n\n");
        }
        return "---\ntitle: " + slug + "号工作报告\ndate: " + date + "\nyear: " + year + "\nperiod: 全年\ncategory: "
                + pick(random, CATEGORIES) + "\ndepartment: " + pick(random, DEPARTMENTS) + "\ntags: [" + pick(random, TAGS)
                + "]\n---\n## 一、主要工作\n\n" + body;
    }

    /** Applies one random edit; says which. */
    /**
     * One random edit of the site; says what it did: {@code edit K of F}, {@code add F}, {@code rename F to G},
     * {@code remove F} (report files F, G), or what else it changed.
     */
    static String edit(Random random, Path root, List<String> reports, int next) throws IOException {
        String report = reports.get(random.nextInt(reports.size()));
        Path file = root.resolve(report);
        String text = Files.readString(file);
        int kind = random.nextInt(19);
        switch (kind) {
            case 0 -> Files.writeString(file, text + SENTENCES[random.nextInt(SENTENCES.length)] + "\n");
            case 1 -> Files.writeString(file, text.replace("## 一、主要工作\n\n", "## 一、主要工作\n\n新的第一段，说明本期工作。\n\n"));
            case 2 -> Files.writeString(file, text.replaceFirst("title: .*", "title: 改过的标题" + random.nextInt(100)));
            case 3 -> Files.writeString(file, text.replaceFirst("date: (\\d{4})-\\d\\d-\\d\\d", "date: $1-0" + (1 + random.nextInt(9)) + "-15"));
            case 4 -> Files.writeString(file, text.replaceFirst("category: .*", "category: " + pick(random, CATEGORIES)));
            case 5 -> Files.writeString(file, text.replaceFirst("department: .*", "department: " + pick(random, DEPARTMENTS)));
            case 6 -> Files.writeString(file, text.replaceFirst("tags: .*", "tags: [" + pick(random, TAGS) + "]"));
            case 7 -> {
                String added = "content/reports/r" + next + ".md";
                Files.writeString(root.resolve(added), report(random, "r" + next));
                reports.add(added);
                return "add " + added;
            }
            case 8 -> {
                String renamed = "content/reports/r" + next + ".md";
                Files.move(file, root.resolve(renamed));
                reports.set(reports.indexOf(report), renamed);
                return "rename " + report + " to " + renamed;
            }
            case 9 -> {
                if (reports.size() <= 3) {
                    return "nothing";
                }
                Files.delete(file);
                reports.remove(report);
                return "remove " + report;
            }
            case 10 -> {
                Path fees = root.resolve("content/data/fees.csv");
                List<String> lines = new ArrayList<>(Files.readAllLines(fees));
                lines.set(1, lines.get(1).replace("免收", "收取").replace(",0.00,", ",12" + random.nextInt(10) + ".00,"));
                Files.write(fees, lines);
                return "data row";
            }
            case 11 -> {
                Path yaml = root.resolve("content/site.yaml");
                Files.writeString(yaml, Files.readString(yaml).replaceFirst("title: .*", "title: 测试县教育局信息公开" + random.nextInt(100)));
                return "site.yaml";
            }
            case 14 -> {
                // an alias of its own name: two reports never claim one address
                String alias = "/old/" + file.getFileName().toString().replace(".md", "") + "-" + random.nextInt(10) + ".html";
                Files.writeString(file, text.replaceFirst("\naliases: .*", "").replaceFirst("\ntags: ",
                        "\naliases: [" + alias + "]\ntags: "));
            }
            case 15 -> Files.writeString(file, text.replaceFirst("\ndraft: true", "").replaceFirst("\ntags: ",
                    random.nextBoolean() ? "\ndraft: true\ntags: " : "\ntags: "));
            case 16 -> {
                // the same number of bytes: only the file's time says it changed
                Files.writeString(file, text.contains("主要工作") ? text.replace("主要工作", "重要工作")
                        : text.replace("重要工作", "主要工作"));
                return "same size " + report;
            }
            case 17 -> {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
                return "touch " + report;
            }
            case 18 -> {
                return "nothing";
            }
            case 12 -> {
                Files.writeString(root.resolve("themes/default/assets/css/custom.css"), ".x { color: #00" + random.nextInt(10) + "; }\n");
                return "theme";
            }
            default -> {
                Files.writeString(root.resolve("content/static/files/note.txt"), "第" + random.nextInt(100) + "版\n");
                return "static file";
            }
        }
        return "edit " + kind + " of " + report;
    }

    /**
     * Moves the files written in the last seconds a few seconds into the past: a build trusts the stamps only of files
     * that did not change just before it (each keeps a time of its own, so an edit still shows in its stamp).
     */
    static void age(Path root) throws IOException {
        long recent = Instant.now().minusSeconds(3).toEpochMilli();
        for (String folder : List.of("content", "themes")) {
            if (!Files.isDirectory(root.resolve(folder))) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    FileTime time = Files.getLastModifiedTime(file);
                    if (time.toMillis() > recent) {
                        Files.setLastModifiedTime(file, FileTime.from(time.toInstant().minusSeconds(5)));
                    }
                }
            }
        }
    }

    /** Which stages a build went through. */
    static final class Stages implements BuildListener {
        volatile boolean loaded;

        @Override
        public void stage(Stage stage, IntSupplier done) {
            loaded |= stage == Stage.LOAD;
        }

        @Override
        public void finished() {
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static Map<String, String> tree(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                try {
                    files.put(dir.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static List<String> printed(BuildResult result) {
        return result.notices().stream().map(Problem::format).toList();
    }
}
