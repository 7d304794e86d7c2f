package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.gongkai.testing.TestSite;

/**
 * The preview's rebuild is the build with what the preview keeps ({@link PreviewMemory}): after random edits, told
 * which report files changed as the file watcher tells it (anything else: everything changed), it leaves its folder
 * as a clean build of the same input, file by file, with the same findings — drafts shown or not.
 */
class PreviewBuildTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(longs = {4L, 5L, 6L})
    void everyPreviewRebuildIsTheCleanBuildOfTheSameInput(long seed) throws IOException {
        IncrementalBuildTest.afterRandomEdits(seed, temp, site -> {
            BuildOptions options = site.options().withOut(temp.resolve("preview")).withDrafts(seed % 2 == 0);
            PreviewMemory memory = new PreviewMemory();
            new SiteBuild().run(options, BuildListener.SILENT, memory);
            return new IncrementalBuildTest.Differential() {
                @Override
                public BuildOptions options() {
                    return options;
                }

                @Override
                public BuildResult rebuild(String edit) {
                    Set<Path> changed = reportFiles(site.root(), edit);
                    if (changed.isEmpty()) {
                        memory.everythingChanged();
                    } else {
                        memory.reportsChanged(changed);
                    }
                    return new SiteBuild().run(options, BuildListener.SILENT, memory);
                }
            };
        });
    }

    @org.junit.jupiter.api.Test
    void aReportEditTheWatcherDidNotReportIsSeenByItsStamp() throws IOException {
        List<String> reports = new ArrayList<>();
        TestSite site = IncrementalBuildTest.randomSite(new Random(7), 7, reports);
        BuildOptions options = site.options().withOut(temp.resolve("preview"));
        PreviewMemory memory = new PreviewMemory();
        new SiteBuild().run(options, BuildListener.SILENT, memory);
        String report = reports.get(3);
        site.file(report, java.nio.file.Files.readString(site.root().resolve(report)).replaceFirst("title: .*", "title: 没有报告的修改"));
        memory.reportsChanged(Set.of(site.root().resolve(reports.get(4)))); // another file, as a watcher might mix up

        new SiteBuild().run(options, BuildListener.SILENT, memory);

        new SiteBuild().run(options.withOut(temp.resolve("clean")));
        assertThat(IncrementalBuildTest.tree(options.out())).isEqualTo(IncrementalBuildTest.tree(temp.resolve("clean")));
        assertThat(IncrementalBuildTest.tree(options.out()).toString()).contains("没有报告的修改");
    }

    /**
     * The content rules' part for the data tables is taken from the last build only for the very tables it was made
     * of: a data edit is checked again, a report edit after it keeps that finding.
     */
    @org.junit.jupiter.api.Test
    void theDataTablesAreCheckedAgainWhenTheyChange() throws IOException {
        List<String> reports = new ArrayList<>();
        TestSite site = IncrementalBuildTest.randomSite(new Random(8), 8, reports);
        site.file("content/data/aid.csv", """
                program,stage,region,year,term,recipients,recipient_unit,amount_wan,per_capita_standard,funding_level,kind,approximate,as_of,notes
                国家助学金,中等职业教育,宿松县,2011,全年,2795,人,200,,中央和地方,助学金,是,2011-12-30,无
                """);
        BuildOptions options = site.options().withOut(temp.resolve("preview"));
        PreviewMemory memory = new PreviewMemory();
        assertThat(personalData(new SiteBuild().run(options, BuildListener.SILENT, memory))).isEmpty();

        site.file("content/data/aid.csv", java.nio.file.Files.readString(site.root().resolve("content/data/aid.csv"))
                .replace(",无\n", ",联系人13800138000\n"));
        memory.everythingChanged();
        assertThat(personalData(new SiteBuild().run(options, BuildListener.SILENT, memory)))
                .containsExactly("content/data/aid.csv:2:64");

        String report = reports.get(2);
        site.file(report, java.nio.file.Files.readString(site.root().resolve(report)) + "\n又补充一句。\n");
        memory.reportsChanged(Set.of(site.root().resolve(report)));
        assertThat(personalData(new SiteBuild().run(options, BuildListener.SILENT, memory)))
                .containsExactly("content/data/aid.csv:2:64");
    }

    private static List<String> personalData(BuildResult result) {
        return result.contentRules().findings().stream().filter(f -> f.kind().equals("personal-data"))
                .map(f -> f.position().toString()).toList();
    }

    /** The report files an edit changed, as the watcher reports them; none when it changed something else. */
    private static Set<Path> reportFiles(Path root, String edit) {
        String[] words = edit.split(" ");
        return switch (words[0]) {
            case "edit" -> Set.of(root.resolve(words[3]));
            case "add", "remove" -> Set.of(root.resolve(words[1]));
            case "rename" -> Set.of(root.resolve(words[1]), root.resolve(words[3]));
            default -> Set.of();
        };
    }
}
