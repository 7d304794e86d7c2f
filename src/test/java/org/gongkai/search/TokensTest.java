package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scanner's shortcuts decide every character as the rule does. */
class TokensTest {

    /** The rule of {@link Tokens#fold}, written plainly; all of 4E00–9FFF are letters as in browsers (Unicode 14). */
    private static char rule(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return c;
        }
        if (c >= '\uFF10' && c <= '\uFF5A') {
            char ascii = (char) (c - 0xFEE0);
            return Character.isLetterOrDigit(ascii) ? rule(ascii) : 0;
        }
        if (!Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
            return 0;
        }
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c;
    }

    @Test
    void everyCharacterFoldsAsTheRuleSays() {
        for (int c = 0; c <= 0xFFFF; c++) {
            assertThat((int) Tokens.fold((char) c)).as("U+%04X", c).isEqualTo((int) rule((char) c));
        }
    }

    @Test
    void aTextGivesItsCharactersAndPairsAndLeavesOutLinkAddresses() {
        TokenCounts counts = new TokenCounts();
        Tokens.scanMarkdown("校安，Ａb [详见](https://x.cn/ab) 4", counts);
        java.util.Set<String> tokens = new java.util.TreeSet<>();
        for (int i = 0; i < counts.pairs(); i++) {
            tokens.add(Tokens.text(counts.pairKey(i)) + "×" + counts.pairWeight(i) / 2);
        }
        for (int i = 0; i < counts.size() - counts.pairs(); i++) {
            tokens.add(counts.singleChar(i) + "×" + counts.singleWeight(i) / 2);
        }
        java.util.Set<String> byIndex = new java.util.TreeSet<>();
        for (int i = 0; i < counts.size(); i++) {
            byIndex.add(Tokens.text(counts.key(i)) + "×" + counts.weight(i) / 2);
        }
        assertThat(byIndex).isEqualTo(tokens);
        assertThat(tokens).containsExactlyInAnyOrder("校×1", "安×1", "校安×1", "a×1", "b×1", "ab×1", "详×1", "见×1",
                "详见×1", "4×1");
    }
}
