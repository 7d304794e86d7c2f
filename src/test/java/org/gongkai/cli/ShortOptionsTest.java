package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.gongkai.testing.TestSite.CliRun;

import picocli.CommandLine;

/** Hugo's letters for the options every site command shares (issue 13): -s, -d, -D, -b. */
class ShortOptionsTest {

    private static Object parsed(String... args) {
        return new CommandLine(new Main()).parseArgs(args).subcommand().commandSpec().userObject();
    }

    @Test
    void buildTakesTheShortForms() {
        BuildCommand build = (BuildCommand) parsed("build", "-s", "站点", "-d", "输出", "-D", "-b", "https://jyj.example.gov.cn/");
        assertThat(build.source.dir).isEqualTo(Path.of("站点"));
        assertThat(build.out).isEqualTo(Path.of("输出"));
        assertThat(build.drafts).isTrue();
        assertThat(build.baseUrl).isEqualTo("https://jyj.example.gov.cn/");
    }

    @Test
    void serveAndCheckTakeTheShortForms() {
        ServeCommand serve = (ServeCommand) parsed("serve", "-s", "站点", "-D");
        assertThat(serve.source.dir).isEqualTo(Path.of("站点"));
        assertThat(serve.drafts).isTrue();
        assertThat(((CheckCommand) parsed("check", "-s", "站点")).source.dir).isEqualTo(Path.of("站点"));
    }

    @Test
    void theHelpShowsThemInBothLanguages() {
        for (String lang : new String[] {"zh", "en"}) {
            String build = CliRun.run("--lang", lang, "build", "--help").out();
            assertThat(build).contains("-s, --source=DIR", "-d, --out=DIR", "-D, --drafts", "-b, --base-url=URL", "-q, --quiet");
            String serve = CliRun.run("--lang", lang, "serve", "--help").out();
            assertThat(serve).contains("-s, --source=DIR", "-D, --[no-]drafts", "--open");
        }
    }
}
