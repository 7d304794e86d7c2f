package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.gongkai.testing.TestSite.CliRun;

/** The help in Chinese has no English sentence, and in English no Chinese one. */
class HelpLanguageTest {

    private static final String[][] COMMANDS = {{}, {"build"}, {"check"}, {"serve"}, {"new"}, {"new", "site"},
            {"new", "report"}, {"new", "page"}, {"new", "theme"}, {"import"}, {"help"}};

    /**
     * What may stay ASCII in the Chinese help: `code`, option names, placeholders (DIR, GONGKAI_LANG), paths and
     * file names (content/, site.yaml, SOURCE/site), hyphenated names (Ctrl-C, 2014-annual-summary), the commands
     * users type, and the names Markdown, Gongkai, Word and WPS.
     */
    private static final Pattern ALLOWED = Pattern.compile("`[^`]*`|--?\\[?[\\w-]+]?[\\w-]*(=\\S+)?|\\b[A-Z][A-Z_]+\\b"
            + "|[\\w.-]*[/.][\\w./-]*|\\w+(-\\w+)+|\\b(gongkai|build|check|serve|new|import|site|report|page|theme|help|Markdown|Gongkai|Word|WPS)\\b");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

    /** Chinese sentences: full-width punctuation, or Chinese words other than the few terms the English help names. */
    private static final Pattern CHINESE_PUNCTUATION = Pattern.compile("[，。：；！？（）「」、]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final List<String> TERMS_IN_ENGLISH = List.of("政府信息公开", "文号");

    @Test
    void theChineseHelpOfEveryCommandHasNoEnglishWord() {
        for (String[] command : COMMANDS) {
            CliRun help = CliRun.run(args("zh", command));
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).as("gongkai %s --help", String.join(" ", command)).contains("用法：");
            assertThat(englishWords(help.out())).as("English in gongkai %s --help:%n%s", String.join(" ", command), help.out())
                    .isEmpty();
        }
        assertThat(CliRun.run(args("zh")).out()).contains("命令：", "把 --source 中的网站生成到 --out");
        assertThat(CliRun.run(args("zh", "build")).out()).contains("输出文件夹，只有生成成功时才会替换它", "显示本帮助后退出。");
    }

    @Test
    void theEnglishHelpHasNoChineseSentence() {
        for (String[] command : new String[][] {{}, {"build"}, {"check"}}) {
            String out = CliRun.run(args("en", command)).out();
            assertThat(out).startsWith("Usage: gongkai");
            assertThat(CHINESE_PUNCTUATION.matcher(out).find()).as(out).isFalse();
            Matcher han = HAN.matcher(out);
            while (han.find()) {
                assertThat(TERMS_IN_ENGLISH).as("Chinese in gongkai %s --help", String.join(" ", command)).contains(han.group());
            }
        }
        assertThat(CliRun.run(args("en")).out()).contains("Commands:", "Build the site in --source into --out");
    }

    private static String[] args(String language, String... command) {
        List<String> args = new ArrayList<>(List.of("--lang", language));
        args.addAll(List.of(command));
        args.add("--help");
        return args.toArray(String[]::new);
    }

    static List<String> englishWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = ENGLISH_WORD.matcher(ALLOWED.matcher(text).replaceAll(" "));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }
}
