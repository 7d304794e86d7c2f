package org.gongkai.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The data files under {@code content/data/} as the content rules need them: every CSV file's text (to scan for
 * personal data) and the amounts of {@code aid.csv} and {@code projects.csv} (to compare with reports' totals).
 *
 * <p>Read here, from the raw files, until the shared data loader ({@code load.data}) is merged; switching to it
 * means building {@link Row}s from its records instead of from {@link #read}.
 */
final class DataTables {

    /** One CSV file: its path as messages show it, its text, and its header. */
    record DataFile(String path, String text, List<String> header) {
        DataFile {
            header = List.copyOf(header);
        }
    }

    /**
     * One amount from aid.csv or projects.csv.
     *
     * @param name the programme (aid) or project name
     * @param program the programme column (for projects, the 项目类别)
     * @param amountWan the amount in 万元
     * @param nameBigrams the name's pairs of Han characters, to match names written longer or shorter
     */
    record Row(String file, int line, String name, String program, String region, int year, BigDecimal amountWan,
               java.util.Set<String> nameBigrams, java.util.Set<String> programBigrams) {

        Row(String file, int line, String name, String program, String region, int year, BigDecimal amountWan) {
            this(file, line, name, program, region, year, amountWan, DataMismatchRule.bigrams(name),
                    DataMismatchRule.bigrams(program));
        }
    }

    static final DataTables NONE = new DataTables(List.of(), List.of());

    private final List<DataFile> files;
    private final List<Row> rows;

    DataTables(List<DataFile> files, List<Row> rows) {
        this.files = List.copyOf(files);
        this.rows = List.copyOf(rows);
    }

    List<DataFile> files() {
        return files;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * Reads every {@code *.csv} in {@code dataDir}. Files that cannot be parsed are skipped: reporting their errors
     * is the loader's job, not the content rules'.
     *
     * @param shownDir the folder as messages show it, e.g. {@code content/data}
     */
    static DataTables read(Path dataDir, String shownDir) {
        if (!Files.isDirectory(dataDir)) {
            return NONE;
        }
        List<Path> csvFiles;
        try (Stream<Path> list = Files.list(dataDir)) {
            csvFiles = list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<DataFile> files = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Path path : csvFiles) {
            String shown = shownDir + "/" + path.getFileName();
            String text;
            try {
                text = decode(Files.readAllBytes(path));
            } catch (IOException e) {
                continue;
            }
            List<Map<String, String>> records = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            List<String> header = parse(text, records, lines);
            files.add(new DataFile(shown, text, header));
            String name = path.getFileName().toString();
            for (int i = 0; i < records.size(); i++) {
                Map<String, String> record = records.get(i);
                if (name.equals("aid.csv")) {
                    row(shown, lines.get(i), record.get("program"), record.get("program"), record, "amount_wan")
                            .ifPresent(rows::add);
                } else if (name.equals("projects.csv")) {
                    row(shown, lines.get(i), record.get("project"), record.get("program"), record, "total_wan")
                            .ifPresent(rows::add);
                }
            }
        }
        return new DataTables(files, rows);
    }

    private static java.util.Optional<Row> row(String file, int line, String name, String program,
                                               Map<String, String> record, String amountColumn) {
        String amount = record.getOrDefault(amountColumn, "").strip();
        String year = record.getOrDefault("year", "").strip();
        if (name == null || amount.isEmpty() || !year.matches("[0-9]{4}")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Row(file, line, name.strip(), program == null ? "" : program.strip(),
                    record.getOrDefault("region", "").strip(), Integer.parseInt(year), new BigDecimal(amount)));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** Parses with Jackson CSV; fills the records and the file line each starts on, returns the header. */
    private static List<String> parse(String text, List<Map<String, String>> records, List<Integer> lines) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<String> header = new ArrayList<>();
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            ((com.fasterxml.jackson.dataformat.csv.CsvParser) parser).setSchema(schema);
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.START_OBJECT) {
                    continue;
                }
                int line = 0;
                Map<String, String> record = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    if (line == 0) {
                        line = parser.currentTokenLocation().getLineNr(); // a value's line is its row's line
                    }
                    record.put(key, parser.getValueAsString(""));
                }
                if (header.isEmpty()) {
                    header.addAll(record.keySet());
                }
                records.add(record);
                lines.add(line);
            }
        } catch (IOException | RuntimeException e) {
            // a malformed file: keep what was read; the data loader reports the error itself
        }
        if (header.isEmpty()) {
            int end = text.indexOf('\n');
            String first = end < 0 ? text : text.substring(0, end);
            for (String column : first.split(",", -1)) {
                header.add(column.strip());
            }
        }
        return header;
    }

    /** UTF-8 (with or without BOM), or GBK/GB18030 as spreadsheets in China save CSV; line ends become LF. */
    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("GB18030"));
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
