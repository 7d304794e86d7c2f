package org.gongkai.load.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * Finds how a CSV file is encoded: UTF-8 (with or without BOM) or GBK/GB18030, which is what Excel and WPS save
 * on a Chinese Windows. Anything else is an error: guessing wrong would publish garbled text. The file is
 * streamed, so a large table is never held in memory twice. Markdown saved as 「ANSI」 by Notepad or WPS is detected
 * the same way ({@link #utf8OrGbk}).
 */
public final class TextEncoding {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The detected encoding and how many bytes of BOM to skip. */
    public record Detected(Charset charset, int skip) {
        public boolean isGbk() {
            return charset.equals(GB18030);
        }

        String label() {
            return charset.equals(StandardCharsets.UTF_8) ? (skip > 0 ? "UTF-8 with BOM" : "UTF-8") : "GBK/GB18030";
        }
    }

    private TextEncoding() {
    }

    public static Optional<Detected> detect(Path file, String shown, Problems problems) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            problems.add(Problem.error(SourcePosition.of(shown, 1), Text.of("data.encoding.utf16"), Text.of("data.encoding.utf16.hint")));
            return Optional.empty();
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            problems.add(Problem.error(SourcePosition.of(shown), Text.of("data.encoding.workbook"),
                    Text.of("data.encoding.workbook.hint", baseName(shown))));
            return Optional.empty();
        }
        int skip = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        long utf8Bad = firstBadByte(file, skip, StandardCharsets.UTF_8);
        if (utf8Bad < 0) {
            return Optional.of(new Detected(StandardCharsets.UTF_8, skip));
        }
        if (skip == 0 && firstBadByte(file, 0, GB18030) < 0) {
            return Optional.of(new Detected(GB18030, 0));
        }
        problems.add(Problem.error(SourcePosition.of(shown, lineOfByte(file, utf8Bad)),
                skip > 0 ? Text.of("data.encoding.unknown.bom") : Text.of("data.encoding.unknown"),
                Text.of("data.encoding.unknown.hint")));
        return Optional.empty();
    }

    /**
     * UTF-8 (a BOM is skipped) or, when that fails, GBK/GB18030, decided as strictly as for a CSV file; empty
     * when the bytes are neither. Reports nothing: the caller says what is wrong in its own words.
     */
    public static Optional<Detected> utf8OrGbk(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            if (firstBadByte(new ByteArrayInputStream(bytes), skip, StandardCharsets.UTF_8) < 0) {
                return Optional.of(new Detected(StandardCharsets.UTF_8, skip));
            }
            if (skip == 0 && firstBadByte(new ByteArrayInputStream(bytes), 0, GB18030) < 0) {
                return Optional.of(new Detected(GB18030, 0));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new AssertionError("a byte array cannot fail to read", e);
        }
    }

    /** CRLF and lone CR as LF, as every reader of a file counts its lines; the same string when there is no CR. */
    public static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The bytes as text in the detected encoding, BOM dropped, line ends as they are. */
    public static String decode(byte[] bytes, Detected encoding) {
        return new String(bytes, encoding.skip(), bytes.length - encoding.skip(), encoding.charset());
    }

    private static long firstBadByte(Path file, int skip, Charset charset) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            return firstBadByte(stream, skip, charset);
        }
    }

    /** Offset of the first byte that does not decode (or is NUL), or -1 when the whole stream decodes. */
    private static long firstBadByte(InputStream stream, int skip, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        long consumed = skip;
        stream.skipNBytes(skip);
        boolean eof = false;
        while (true) {
            int read = eof ? -1 : stream.read(in.array(), in.position(), in.remaining());
            if (read < 0) {
                eof = true;
            } else {
                in.position(in.position() + read);
            }
            in.flip();
            for (int i = in.position(); i < in.limit(); i++) {
                if (in.get(i) == 0) {
                    return consumed + i - in.position();
                }
            }
            int before = in.position();
            CoderResult result = decoder.decode(in, out, eof);
            consumed += in.position() - before;
            if (result.isError()) {
                return consumed;
            }
            out.clear();
            in.compact();
            if (eof && in.position() == 0) {
                CoderResult flushed = decoder.flush(out);
                return flushed.isError() ? consumed : -1;
            }
            if (eof && result.isUnderflow() && in.position() > 0) {
                return consumed; // an incomplete sequence at the very end
            }
        }
    }

    private static int lineOfByte(Path file, long offset) throws IOException {
        int line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long position = 0;
            int n;
            while (position < offset && (n = in.read(buffer)) > 0) {
                for (int i = 0; i < n && position < offset; i++, position++) {
                    if (buffer[i] == '\n') {
                        line++;
                    }
                }
            }
        }
        return line;
    }

    private static String baseName(String shown) {
        String name = shown.substring(shown.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
