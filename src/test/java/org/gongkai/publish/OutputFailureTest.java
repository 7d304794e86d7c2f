package org.gongkai.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.cli.ExitCodes;
import org.gongkai.problem.BuildFailedException;
import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output that cannot be written (full disk, no permission, a file held open) is the user's to fix: a problem at
 * the output path in their words with exit code 1, never an internal error, and the published site stays.
 */
class OutputFailureTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatCannotBeStagedIsAProblemAtItsPublishedPath() throws IOException {
        StagingSite staging = new Publisher(dir.resolve("site")).open();
        staging.write("reports", "x".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> staging.write("reports/index.html", new byte[0]))
                .isInstanceOfSatisfying(BuildFailedException.class, failed -> assertThat(failed.problems()).singleElement()
                        .satisfies(p -> assertThat(p.format()).isEqualTo(dir.resolve("site") + "/reports/index.html: "
                                + "cannot write this file: a file of that name exists already\n"
                                + "  hint: the build stopped and published nothing; the previous site is unchanged;"
                                + " run it again once this is fixed")));
    }

    @Test
    void anOutputFolderThatCannotBeMadeStopsTheBuildWithExitCode1() throws IOException {
        TestSite site = TestSite.withConfig("");
        Files.writeString(site.root().resolve("afile"), "不是文件夹");

        CliRun run = site.cli("build", "--out", site.root().resolve("afile/site").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("afile/site: cannot make the build's staging folder beside the output folder:"
                + " a file of that name exists already").doesNotContain("Exception").doesNotContain("internal");
    }
}
