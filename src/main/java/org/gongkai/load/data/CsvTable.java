package org.gongkai.load.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.gongkai.load.TextEncoding;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/** Reads a CSV file (LF or CRLF, quoted fields may span lines) row by row with Jackson's CSV parser. */
final class CsvTable {

    /** Without a schema of columns, Jackson gives each row as an array of strings. */
    private final CsvFactory factory = new CsvFactory();

    /** Streams the rows to {@code sink}; returns false (after reporting) when the file cannot be read. */
    boolean read(Path file, String shown, TableSink sink, Problems problems) throws IOException {
        var encoding = TextEncoding.detect(file, shown, problems);
        if (encoding.isEmpty()) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.get().skip());
            Reader reader = new InputStreamReader(in, encoding.get().charset());
            try (CsvParser parser = factory.createParser(reader)) {
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
                        sink.header(row);
                    } else if (!row.isBlank()) {
                        sink.row(row);
                    }
                }
                if (first) {
                    problems.add(Problem.error(SourcePosition.of(shown), Text.of("data.csv.empty"), Text.of("data.csv.empty.hint")));
                }
            } catch (JsonProcessingException e) {
                var detected = encoding.get();
                problems.add(CsvSyntaxError.of(e, shown, () -> {
                    InputStream again = Files.newInputStream(file);
                    again.skipNBytes(detected.skip());
                    return new InputStreamReader(again, detected.charset());
                }));
                return false;
            }
        }
        return true;
    }
}
