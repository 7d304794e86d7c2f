package org.gongkai.render.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The CSV and .xlsx files behind a table's download links. CSV is UTF-8 with a BOM and CRLF, so Excel opens it
 * with the Chinese intact. The .xlsx is written by fastexcel's streaming writer; its zip entries and creation
 * date are then set to a fixed time, so the same data gives the same bytes in every build.
 *
 * @param <T> the record a row is made from
 */
final class Downloads<T> {

    /** The zip format's own epoch: a time that says "no time", the same in every build. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final Pattern CREATED = Pattern.compile("<dcterms:created([^>]*)>[^<]*</dcterms:created>");
    private static final int FLUSH_EVERY = 1000;

    private final String sheetName;
    private final List<String> header;
    private final Set<Integer> numberColumns;
    private final Function<T, List<String>> toRow;

    /**
     * @param numberColumns 0-based columns written as numbers in the .xlsx (amounts, counts); the rest is text
     */
    Downloads(String sheetName, List<String> header, Set<Integer> numberColumns, Function<T, List<String>> toRow) {
        this.sheetName = sheetName;
        this.header = List.copyOf(header);
        this.numberColumns = Set.copyOf(numberColumns);
        this.toRow = toRow;
    }

    byte[] csv(List<T> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, records.size() * 200));
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             SequenceWriter writer = new CsvMapper().writer(schema).writeValues(out)) {
            writer.write(header);
            for (T record : records) {
                writer.write(toRow.apply(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx(List<T> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(4096, records.size() * 60));
        try {
            Workbook workbook = new Workbook(bytes, "Gongkai", "1.0");
            workbook.setCompressionLevel(1); // compressed properly once, when the entries get their fixed times
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
            int r = 1;
            for (T record : records) {
                List<String> row = toRow.apply(record);
                for (int c = 0; c < row.size(); c++) {
                    String value = row.get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (numberColumns.contains(c)) {
                        sheet.value(r, c, new BigDecimal(value));
                    } else {
                        sheet.value(r, c, value);
                    }
                }
                if (++r % FLUSH_EVERY == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withFixedTimes(bytes.toByteArray());
    }

    /** Rewrites the zip with fixed entry times and a fixed docProps creation date, entries in their order. */
    static byte[] withFixedTimes(byte[] xlsx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 1024);
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get();
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(4); // fastexcel's own default: level 6 makes files 15% smaller but takes 60% longer
            for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                byte[] content;
                try (InputStream entryIn = in.getInputStream(entry)) {
                    content = entryIn.readAllBytes();
                }
                if (entry.getName().equals("docProps/core.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    content = CREATED.matcher(xml).replaceAll("<dcterms:created$1>1980-01-01T00:00:00Z</dcterms:created>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
