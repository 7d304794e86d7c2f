package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.testing.DataRows.FEE;
import static org.gongkai.testing.DataRows.FEES_HEADER;
import static org.gongkai.testing.DataRows.file;
import static org.gongkai.testing.DataRows.with;

import org.junit.jupiter.api.Test;

import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;

/** What bureau staff see in the terminal for a bad data file (issue 4). */
class DataCliTest {

    @Test
    void badDataFileFailsWithExitOneAndTheCellInTheContractFormat() {
        CliRun run = TestSite.withConfig(file("fees.csv", FEES_HEADER, with(FEE, 7, "600元"))).cli("build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("content/data/fees.csv:2:7: amount 「600元」 is not an amount in 元\n  hint: write 600.00\n");
    }

    @Test
    void normalisedValuesAreWarningsAndTheBuildSucceeds() {
        CliRun run = TestSite.withConfig(file("fees.csv", FEES_HEADER, with(FEE, 11, "2012/9/1"))).cli("build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("content/data/fees.csv:2:11: warning: effective_from 「2012/9/1」 read as 2012-09-01");
    }

    @Test
    void strictTurnsTheWarningsIntoFailure() {
        CliRun run = TestSite.withConfig(file("fees.csv", FEES_HEADER, with(FEE, 11, "2012/9/1"))).cli("build", "--strict");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
