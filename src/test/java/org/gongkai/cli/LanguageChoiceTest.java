package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.gongkai.problem.Language;
import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;

/** Chinese unless --lang or GONGKAI_LANG says English; a language that is neither is a usage error. */
class LanguageChoiceTest {

    @Test
    void theLanguageComesFromLangThenTheEnvironmentThenIsChinese() {
        assertThat(Main.chosenLanguage(new String[] {"build"}, null)).isEqualTo(Language.ZH);
        assertThat(Main.chosenLanguage(new String[] {"build"}, "en_US.UTF-8")).isEqualTo(Language.EN);
        assertThat(Main.chosenLanguage(new String[] {"build", "--lang", "zh"}, "en")).isEqualTo(Language.ZH);
        assertThat(Main.chosenLanguage(new String[] {"--lang=en-US", "build"}, null)).isEqualTo(Language.EN);
        assertThat(Main.chosenLanguage(new String[] {"build"}, "fr")).isEqualTo(Language.ZH);
    }

    @Test
    void aFailedBuildSaysSoInChinese() {
        CliRun run = TestSite.withConfig("-- content/pages/x.md --\n---\ntitel: 页\n---\n正文\n").cli("build", "--lang", "zh");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("  提示：").contains("生成失败：").contains("没有发布任何内容，原有网站保持不变");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliRun run = CliRun.run("build", "--lang", "fr");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("fr");
    }
}
