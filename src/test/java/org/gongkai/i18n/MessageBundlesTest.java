package org.gongkai.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The message bundles (src/main/resources/org/gongkai/i18n): every key in both languages with the same values
 * {0}, {1} …, every Chinese text in Chinese, and every key the code names present.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/gongkai/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}，。：；！？、（）「」]");
    /** Keys in the code: Text.of("…" and language.text("…" with a whole literal key of an area (not "title"). */
    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:Text\\.of|\\.text)\\(\\s*\"((?:problem|load|data|lint|"
            + "check|render|publish|scaffold|import|build|serve|cli)(?:\\.[\\w-]+)+)\"");

    @Test
    void everyKeyIsInBothLanguagesWithTheSameValues() throws IOException {
        for (String area : areas()) {
            Properties zh = load(area + "_zh.properties");
            Properties en = load(area + "_en.properties");
            assertThat(zh.stringPropertyNames()).as(area + ": keys in zh and en").isEqualTo(en.stringPropertyNames());
            for (String key : zh.stringPropertyNames()) {
                assertThat(key).as("key of " + area).startsWith(area + ".");
                assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            }
        }
    }

    @Test
    void everyChineseTextIsChinese() throws IOException {
        for (String area : areas()) {
            Properties zh = load(area + "_zh.properties");
            for (String key : zh.stringPropertyNames()) {
                String text = PLACEHOLDER.matcher(zh.getProperty(key)).replaceAll("");
                // a text without any word (「[{0}] {1}」: a kind before a message) is the same in every language
                boolean noWords = text.codePoints().noneMatch(Character::isLetter);
                assertThat(CJK.matcher(text).find() || noWords).as(key + " = " + zh.getProperty(key)).isTrue();
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String area : areas()) {
            known.addAll(load(area + "_en.properties").stringPropertyNames());
        }
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher keys = KEY_IN_CODE.matcher(Files.readString(file));
                while (keys.find()) {
                    named.add(keys.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(known).containsAll(named);
    }

    private static Set<String> areas() throws IOException {
        Set<String> areas = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .forEach(n -> areas.add(n.substring(0, n.lastIndexOf('_'))));
        }
        assertThat(areas).isNotEmpty();
        return areas;
    }

    private static Properties load(String name) throws IOException {
        Path file = BUNDLES.resolve(name);
        assertThat(file).as("bundle file").exists();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
