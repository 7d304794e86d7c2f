package org.gongkai.load.data;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.gongkai.load.text.TextEncoding;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * Reads a CSV file (LF or CRLF, quoted fields may span lines) row by row with Jackson's CSV parser. The file is
 * decoded once, and its text kept for the content rules ({@link TableRead#text}): they find personal data at its line
 * and column, which the records do not keep.
 */
final class CsvTable {

    /** Without a schema of columns, Jackson gives each row as an array of strings. */
    private final CsvFactory factory = new CsvFactory();

    /** Streams the rows to {@code sink}; a file that cannot be read is reported and its read is not complete. */
    TableRead read(Path file, String shown, TableSink sink, Problems problems) throws IOException {
        var encoding = TextEncoding.detect(file, shown, problems);
        if (encoding.isEmpty()) {
            return new TableRead(false, Optional.empty(), List.of());
        }
        String text = TextEncoding.decode(Files.readAllBytes(file), encoding.get());
        // the rules count lines as LF-separated; Jackson reads the text as written, CR inside quotes included
        Optional<String> shownText = Optional.of(TextEncoding.normaliseLineEnds(text));
        List<String> header = new ArrayList<>();
        try (CsvParser parser = factory.createParser(text)) {
            parser.setSchema(CsvSchema.emptySchema());
            boolean first = true;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.START_ARRAY) {
                    continue;
                }
                int line = 0;
                List<RawCell> cells = new ArrayList<>(24);
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    if (line == 0) {
                        line = parser.currentTokenLocation().getLineNr(); // where the row's first value starts
                    }
                    cells.add(RawCell.text(parser.getText()));
                }
                RawRow row = new RawRow(line, cells);
                if (first) {
                    first = false;
                    cells.forEach(cell -> header.add(cell.text()));
                    sink.header(row);
                } else if (!row.isBlank()) {
                    sink.row(row);
                }
            }
            if (first) {
                problems.add(Problem.error(SourcePosition.of(shown), Text.of("data.csv.empty"), Text.of("data.csv.empty.hint")));
            }
        } catch (JsonProcessingException e) {
            problems.add(CsvSyntaxError.of(e, shown, () -> new StringReader(text)));
            return new TableRead(false, shownText, header);
        }
        return new TableRead(true, shownText, header);
    }
}
