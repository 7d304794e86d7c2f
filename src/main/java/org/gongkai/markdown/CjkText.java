package org.gongkai.markdown;

/**
 * Which characters are East Asian wide or full-width (Han, kana, Hangul, CJK and full-width punctuation).
 * These are the characters around which Chinese text has no spaces.
 */
public final class CjkText {

    private CjkText() {
    }

    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)       // Hangul Jamo
                || (cp >= 0x2E80 && cp <= 0x303E)   // CJK radicals, Kangxi, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)   // kana, Bopomofo, Hangul compatibility, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)   // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)   // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)   // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)   // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)   // CJK compatibility ideographs
                || (cp >= 0xFE10 && cp <= 0xFE19)   // vertical forms
                || (cp >= 0xFE30 && cp <= 0xFE6F)   // CJK compatibility forms, small form variants
                || (cp >= 0xFF00 && cp <= 0xFF60)   // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
    }

    /** For the one-char strings Flexmark passes around; a lone surrogate stands for an extension-B character. */
    static boolean isWide(String oneChar) {
        if (oneChar == null || oneChar.isEmpty()) {
            return false;
        }
        char c = oneChar.charAt(0);
        return Character.isSurrogate(c) || isWide(c);
    }
}
