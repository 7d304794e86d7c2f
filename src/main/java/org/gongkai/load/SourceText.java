package org.gongkai.load;

import org.gongkai.load.text.TextEncoding;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * Decodes a text file that must be UTF-8 (with or without BOM), and normalises CRLF and CR to LF. Markdown may also
 * be GBK, as Notepad and WPS save 「ANSI」 on a Chinese Windows ({@link #decodeMarkdown}).
 */
public final class SourceText {

    private SourceText() {
    }

    /**
     * UTF-8 as {@link #decodeUtf8}, or else GBK/GB18030 (detected as strictly as a CSV file) with an info that
     * {@code check --fix} rewrites it; a file that is neither is reported as not UTF-8.
     */
    public static Optional<String> decodeMarkdown(byte[] bytes, String file, Problems problems) {
        Problems notUtf8 = new Problems();
        Optional<String> utf8 = decodeUtf8(bytes, file, notUtf8);
        if (utf8.isPresent()) {
            return utf8;
        }
        Optional<TextEncoding.Detected> gbk = TextEncoding.utf8OrGbk(bytes).filter(TextEncoding.Detected::isGbk);
        if (gbk.isEmpty()) {
            problems.addAll(notUtf8.list());
            return Optional.empty();
        }
        problems.add(new Problem(SourcePosition.of(file), Severity.INFO, "input",
                Text.of("load.encoding.readAsGbk"), Text.of("load.encoding.readAsGbk.hint")));
        return Optional.of(normaliseLineEnds(TextEncoding.decode(bytes, gbk.get())));
    }

    /** The text, or empty after reporting where the first byte that is not UTF-8 is. */
    public static Optional<String> decodeUtf8(byte[] bytes, String file, Problems problems) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        // The String constructor decodes fastest, but replaces bytes that are not UTF-8 with U+FFFD instead of
        // failing; without a U+FFFD in the result every byte was valid. Otherwise the strict decoder below decides
        // (a file may also contain U+FFFD itself) and says where the bad byte is.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return Optional.of(normaliseLineEnds(text));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return Optional.of(normaliseLineEnds(decoder.decode(in).toString()));
        } catch (MalformedInputException e) {
            int bad = in.position();
            problems.add(Problem.error(SourcePosition.of(file, lineOfByte(bytes, bad)),
                    looksLikeGbk(bytes, start) ? Text.of("load.encoding.gbk") : Text.of("load.encoding.notUtf8"),
                    Text.of("load.encoding.notUtf8.hint")));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(SourcePosition.of(file), Text.of("load.encoding.notUtf8"), Text.of("load.encoding.save")));
            return Optional.empty();
        }
    }

    public static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    public static String normaliseLineEnds(String text) {
        return TextEncoding.normaliseLineEnds(text);
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean looksLikeGbk(byte[] bytes, int start) {
        return start == 0 && TextEncoding.utf8OrGbk(bytes).filter(TextEncoding.Detected::isGbk).isPresent();
    }
}
