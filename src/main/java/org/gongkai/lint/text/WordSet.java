package org.gongkai.lint.text;

import java.util.List;

/**
 * Literal words looked for together (合计, 总计, 共计 …), with their first characters as a table: a scan tests each
 * character with one lookup and compares words only where one can start.
 */
public final class WordSet {

    private final List<String> words;
    private final boolean[] firsts;

    private WordSet(List<String> words) {
        this.words = List.copyOf(words);
        StringBuilder firstChars = new StringBuilder();
        for (String word : words) {
            firstChars.append(word.charAt(0));
        }
        this.firsts = Chars.table(firstChars.toString());
    }

    public static WordSet of(String... words) {
        return new WordSet(List.of(words));
    }

    /**
     * The first offset in {@code [from, to)} of {@code text} where one of the words starts and ends by {@code to},
     * or -1 (what an alternation of the words finds in that region). {@code chars} are {@code text}'s characters.
     */
    public int indexIn(String text, char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (firsts[chars[i]]) {
                for (String word : words) {
                    if (i + word.length() <= to && text.startsWith(word, i)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }
}
