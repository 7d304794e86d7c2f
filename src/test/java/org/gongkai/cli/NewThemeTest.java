package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;

class NewThemeTest {

    private static List<String> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void newThemeCopiesTheWholeDefaultThemeAndSaysHowToUseIt() throws IOException {
        TestSite site = TestSite.withConfig("");

        CliRun run = site.cli("new", "theme", "blue");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Path copy = site.root().resolve("themes/blue");
        Path builtIn = Path.of("themes/default");
        assertThat(files(copy)).isEqualTo(files(builtIn)).contains("templates/base.mustache", "assets/css/site.css",
                "templates/partials/footer.mustache");
        for (String file : files(builtIn)) {
            assertThat(copy.resolve(file)).hasSameBinaryContentAs(builtIn.resolve(file));
        }
        assertThat(run.out()).contains("created themes/blue/templates/base.mustache").contains("theme: blue");
        assertThat(CliRun.run("--lang", "zh", "new", "theme", "green", "--source", site.root().toString()).out())
                .contains("theme: green").contains("site.yaml");
    }

    @Test
    void newThemeNeverOverwritesAFile() throws IOException {
        TestSite site = TestSite.withConfig("""
                -- themes/blue/templates/partials/footer.mustache --
                <footer>我的页脚</footer>
                """);

        CliRun run = site.cli("new", "theme", "blue");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("themes/blue/templates/partials/footer.mustache").contains("  hint: ");
        assertThat(site.root().resolve("themes/blue/templates/partials/footer.mustache")).hasContent("<footer>我的页脚</footer>\n");
        assertThat(site.root().resolve("themes/blue/templates/base.mustache")).doesNotExist();
    }

    @Test
    void theCopiedThemeBuildsTheSameSite() {
        TestSite site = TestSite.withConfig("");
        assertThat(site.cli("new", "theme", "blue").exitCode()).isEqualTo(ExitCodes.OK);
        site.file("content/site.yaml", TestSite.SITE_YAML.substring("-- content/site.yaml --\n".length()) + "theme: blue\n");

        BuiltSite built = site.build();
        assertThat(built.page("index.html").select("footer").text()).contains("主办：测试县教育局");
    }

    @Test
    void aThemeNameMustBeAFolderName() {
        TestSite site = TestSite.withConfig("");
        CliRun run = site.cli("new", "theme", "../x");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
