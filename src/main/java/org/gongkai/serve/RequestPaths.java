package org.gongkai.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a request's raw URL path into a path below the served folder, or nothing. Refused: {@code .} and {@code ..}
 * segments (also percent-encoded), encoded slashes and backslashes, NUL, malformed UTF-8, and anything that would
 * resolve outside the folder. Symbolic links are checked by the server against the real folder.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    /** The path below {@code root} for a raw path such as {@code /reports/a/} or {@code /%E6%8A%A5.pdf}. */
    static Optional<Path> resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        Path target = root;
        for (String segment : decoded.get().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..") || segment.indexOf('\0') >= 0 || segment.indexOf('\\') >= 0) {
                return Optional.empty();
            }
            try {
                target = target.resolve(segment);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        Path normal = target.normalize();
        return normal.startsWith(root) ? Optional.of(normal) : Optional.empty();
    }

    /** Percent-decoding as URLs need it: UTF-8, strict, and {@code +} stays a plus. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c <= 0xFF) {
                // the JDK server reads the request line byte by byte, so raw UTF-8 arrives as one char a byte
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
