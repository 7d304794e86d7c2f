package org.gongkai.markdown;

import com.vladsch.flexmark.parser.core.delimiter.EmphasisDelimiterProcessor;

/**
 * {@code *} emphasis that also opens and closes next to CJK characters. CommonMark's flanking rule needs
 * whitespace or punctuation on the far side of a closing {@code **} that follows punctuation, so
 * {@code **收费管理情况。**本学期} keeps its asterisks. Following the rule jgm tried in cmark
 * (commonmark-spec issue 650): when the character before or after the run is CJK, the punctuation
 * condition is waived; whitespace still decides. Latin text is parsed exactly as CommonMark says.
 */
final class CjkEmphasisDelimiterProcessor extends EmphasisDelimiterProcessor {

    CjkEmphasisDelimiterProcessor() {
        super('*', false);
    }

    @Override
    public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                               boolean beforeIsPunctuation, boolean afterIsPunctuation,
                               boolean beforeIsWhitespace, boolean afterIsWhitespace) {
        return leftFlanking || (!afterIsWhitespace && touchesCjk(before, after));
    }

    @Override
    public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                               boolean beforeIsPunctuation, boolean afterIsPunctuation,
                               boolean beforeIsWhitespace, boolean afterIsWhitespace) {
        return rightFlanking || (!beforeIsWhitespace && touchesCjk(before, after));
    }

    private static boolean touchesCjk(String before, String after) {
        return CjkText.isWide(before) || CjkText.isWide(after);
    }
}
