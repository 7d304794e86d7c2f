package org.gongkai.build.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The reports' hash tells every one-character edit and every split of the same text apart. */
class TextHashTest {

    @Test
    void everyOneCharacterEditOfAReportGivesAnotherHash() {
        String body = "全年共投入资金4765万元，其中校安工程资金3200万元。".repeat(20);
        Set<String> seen = new HashSet<>();
        seen.add(new TextHash().add(body).hex());
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            StringBuilder edited = new StringBuilder(body);
            int at = random.nextInt(body.length());
            char other = (char) (body.charAt(at) + 1 + random.nextInt(50));
            edited.setCharAt(at, other);
            seen.add(new TextHash().add(edited.toString()).hex());
        }
        assertThat(seen).hasSizeGreaterThan(1900); // the random edits repeat a few of themselves, no hash collides
        assertThat(new TextHash().add(body).hex()).isEqualTo(new TextHash().add(body).hex()).hasSize(32);
    }

    @Test
    void theSameTextSplitOtherwiseHashesOtherwise() {
        assertThat(new TextHash().add("ab").add("c").hex()).isNotEqualTo(new TextHash().add("a").add("bc").hex());
        assertThat(new TextHash().add("").add("x").hex()).isNotEqualTo(new TextHash().add("x").add("").hex());
    }
}
