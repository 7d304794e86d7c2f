package org.gongkai.lint.text;

/**
 * The characters a {@link CharIndex} keeps chains for: the first characters of the rules' {@link Anchored}
 * patterns, which the rules hand in (this package does not know the rules). Any other character is still found,
 * by a scan.
 *
 * @param table by character, whether it is indexed
 * @param count how many characters {@code table} names
 */
public record IndexedChars(boolean[] table, int count) {

    /** No character indexed: for texts no anchored pattern is tried on (a data file's text, tests). */
    public static final IndexedChars NONE = of("");

    public static IndexedChars of(String chars) {
        return new IndexedChars(Chars.table(chars), (int) chars.chars().distinct().count());
    }

    /** Whether {@code c} is indexed. */
    public boolean has(char c) {
        return table[c];
    }
}
