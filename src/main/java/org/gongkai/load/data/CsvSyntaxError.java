package org.gongkai.load.data;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import org.gongkai.problem.Problem;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * Jackson's CSV parser says what it refused in English and, for a quote that never closes, at the end of the
 * file. The two mistakes staff make are said again in our words at the character to fix: the opening quote of
 * the value that runs on, and the character that follows a closing quote. Anything else keeps the parser's
 * words, quoted.
 */
final class CsvSyntaxError {

    private static final Pattern AFTER_QUOTE = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+");

    private CsvSyntaxError() {
    }

    /** @param text the file's text again (only on this error path), to find where the open quote is */
    static Problem of(JsonProcessingException e, String shown, TextSource text) throws IOException {
        String said = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        if (said.startsWith("Missing closing quote")) {
            try (Reader reader = text.open()) {
                int[] quote = unclosedQuote(reader);
                if (quote != null) {
                    return Problem.error(SourcePosition.of(shown, quote[0], quote[1]), Text.of("data.csv.quote.open"),
                            Text.of("data.csv.quote.open.hint"));
                }
            }
        }
        Matcher after = AFTER_QUOTE.matcher(said);
        if (after.find() && at != null) {
            return Problem.error(SourcePosition.of(shown, line, Math.max(at.getColumnNr() - 1, 1)),
                    Text.of("data.csv.quote.after", after.group(1)), Text.of("data.csv.quote.after.hint"));
        }
        return Problem.error(SourcePosition.of(shown, line), Text.of("data.csv.unreadable", said), Text.of("data.csv.unreadable.hint"));
    }

    /**
     * The line and column (1-based, in characters) of the quote that opens a value and is never closed, as
     * RFC 4180 reads it; null when every quoted value closes.
     */
    static int[] unclosedQuote(Reader reader) throws IOException {
        int line = 1;
        int column = 0;
        boolean fieldStart = true;
        boolean quoted = false;
        int[] opened = null;
        int c;
        int pending = -1;
        while ((c = pending >= 0 ? pending : reader.read()) >= 0) {
            pending = -1;
            column++;
            if (quoted) {
                if (c == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        column++;
                    } else {
                        quoted = false;
                        pending = next;
                    }
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                opened = new int[] {line, column};
            }
            fieldStart = !quoted && (c == ',' || c == '\n' || c == '\r');
            if (c == '\n') {
                line++;
                column = 0;
            }
        }
        return quoted ? opened : null;
    }

    /** The file's text from its start, in its encoding. */
    interface TextSource {
        Reader open() throws IOException;
    }
}
