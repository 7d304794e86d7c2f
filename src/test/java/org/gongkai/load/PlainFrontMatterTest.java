package org.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.gongkai.problem.Problems;

/**
 * The plain reading of front matter ({@link PlainFrontMatter}) gives what the YAML parser gives, value for value,
 * with the same types, lines and columns, wherever it reads at all: on the front matter of every Markdown file of
 * the demo site and of the tests, on values of every form it takes or declines, and on random lines made of them.
 */
class PlainFrontMatterTest {

    private static final List<String> VALUES = List.of("宿松县教育局2011年工作总结", "\"宿松县教育局2011年工作总结\"",
            "'单引号的标题'", "2011-12-30", "2011", "0", "007", "1.5", "-3", "+4", "0x1F", "1_000", "12:30", "1e5", ".inf",
            "true", "False", "yes", "no", "on", "off", "~", "null", "Null", "[甲, 乙, 丙]", "[]", "[甲,乙]", "[\"甲\", 乙]",
            "[a: b]", "[1, 2]", "[2011-12-30]", "D0001-0000001/2011-00001", "宿价〔2012〕21号", "http://x.example/a",
            "a: b", "a #b", "a#b", "C#", "\"带\\\"转义\"", "\"未闭合", "'it''s'", "\"a\" # 注释", "- 项", "? 键", "|", ">",
            "&锚", "*引用", "!标签", "%", "@", "`", "{a: b}", "全角：冒号", "“中文引号”", "值 ", " 值", "a\tb", "2011年12月30日",
            "1,000", "九", "Ⅻ", "😀表情", "#注释", "[甲, [乙]]", "[甲, ]", "\"\"", "''", "\"a, b\"", "[\"a, b\"]", "x:",
            "a: ", "50%", "20.5万元", "0.5", "-", "--", "...", "a...b", "[ 甲]", "[甲 ]", "=", "<<", "<a>", "a=b",
            "Yes", "ON", "NULL", "1:30:00", "0o17", "0b101", "-.5", "2011-12-30T10:00:00", "2011-1-3");

    @Test
    void everyCaseItReadsIsReadAsTheParserReadsIt() throws IOException {
        List<String> cases = new ArrayList<>();
        for (String root : List.of("content", "src/test/resources")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
                    if (text.startsWith("---\n") && text.indexOf("\n---", 3) > 0) {
                        cases.add(text.substring(4, text.indexOf("\n---", 3) + 1));
                    }
                }
            }
        }
        assertThat(cases).hasSizeGreaterThan(20);
        int files = cases.size();
        assertThat(cases.stream().filter(yaml -> PlainFrontMatter.read(yaml, 2).isPresent()).count())
                .as("front matters of the demo site and tests read without the parser").isGreaterThan(files / 2);
        for (String value : VALUES) {
            cases.add("title: " + value + "\n");
            cases.add("tags: " + value + "\nyear: 2011\n");
        }
        Random random = new Random(17);
        for (int i = 0; i < 3000; i++) {
            StringBuilder yaml = new StringBuilder();
            for (int line = random.nextInt(6); line >= 0; line--) {
                yaml.append(random.nextInt(12) == 0 ? "" : "k" + random.nextInt(5) + ": " + VALUES.get(random.nextInt(VALUES.size())))
                        .append('\n');
            }
            cases.add(yaml.toString());
        }
        int read = 0;
        for (String yaml : cases) {
            Optional<YamlValue.Mapping> plain = PlainFrontMatter.read(yaml, 2);
            if (plain.isPresent()) {
                read++;
                Problems problems = new Problems();
                Optional<YamlValue.Mapping> parsed = new YamlReader().readWithParser(yaml, "x.md", 2, problems);
                assertThat(problems.list()).as(yaml).isEmpty();
                assertThat(parsed).as(yaml).isPresent();
                assertThat(shown(plain.get())).as(yaml).isEqualTo(shown(parsed.get()));
            }
        }
        assertThat(read).as("cases read without the parser").isGreaterThan(300);
    }

    @Test
    void theFrontMatterOfAReportIsReadWithoutTheParser() {
        String yaml = "title: \"德岭市教育局2006年工作要点\"\ndate: 2006-01-02\nyear: 2006\nperiod: 全年\ncategory: 工作要点\n"
                + "department: 德岭市教育局\ntags: [控辍保学, 普九, 寄宿制学校]\nsummary: \"2006年，德岭市教育局重点推进控辍保学。\"\n";
        assertThat(PlainFrontMatter.read(yaml, 2)).isPresent();
        assertThat(PlainFrontMatter.read("title: 标题\n# 注释\n", 2)).isEmpty();
        assertThat(PlainFrontMatter.read("title: 标题\ntitle: 又一个\n", 2)).as("a key twice: the parser says so").isEmpty();
    }

    /** A value as text: every field, the keys' positions included. */
    private static String shown(YamlValue value) {
        if (value instanceof YamlValue.Scalar s) {
            return s.type() + "(" + s.text() + ")@" + s.line() + ":" + s.column();
        }
        if (value instanceof YamlValue.Sequence s) {
            return "[" + String.join(", ", s.items().stream().map(PlainFrontMatterTest::shown).toList()) + "]@" + s.line() + ":" + s.column();
        }
        YamlValue.Mapping m = (YamlValue.Mapping) value;
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, YamlValue> entry : m.values().entrySet()) {
            int[] at = m.keys().get(entry.getKey());
            out.append(entry.getKey()).append('@').append(at[0]).append(':').append(at[1]).append('=')
                    .append(shown(entry.getValue())).append("; ");
        }
        return out.append("}@").append(m.line()).append(':').append(m.column()).toString();
    }
}
