package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.gongkai.load.ConfigLoader;
import org.gongkai.load.ReportReader;
import org.gongkai.model.Category;
import org.gongkai.model.Period;

/** README.md documents every key the loaders accept and every allowed value, so the two cannot drift apart. */
class ReadmeTest {

    private final String readme = read();

    private static String read() {
        try {
            return Files.readString(Path.of("README.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everySiteYamlKeyIsDocumented() {
        for (String key : ConfigLoader.KEYS) {
            assertThat(readme).as(key).contains("| `" + key + "` |");
        }
        for (String key : ConfigLoader.CONTACT_KEYS) {
            assertThat(readme).as(key).contains("`" + key + "`");
        }
    }

    @Test
    void everyFrontMatterKeyAndAllowedValueIsDocumented() {
        for (String key : ReportReader.KEYS) {
            assertThat(readme).as(key).contains("| `" + key + "` |");
        }
        for (Period period : Period.values()) {
            assertThat(readme).contains(period.label());
        }
        for (Category category : Category.values()) {
            assertThat(readme).contains(category.label());
        }
    }

    @Test
    void theTwoCommandsAreThere() {
        assertThat(readme).contains("./gongkai build").contains("mvn -B verify");
    }
}
