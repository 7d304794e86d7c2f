package org.gongkai.load.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * The rows of one table on their way from the file to records. The thread reading the file hands them over in
 * chunks, and any thread may check a chunk, each row on its own ({@link DatasetRows#read}); {@link #collect} then
 * goes through the rows in file order: it reports their problems, checks what depends on the rows before (a
 * value given twice) and keeps the good records. So a table of 100,000 rows is checked on all cores while it is
 * still being read, and the problems and records are what one thread reading row after row would give.
 */
final class RowChunks<T> implements TableSink {

    /** Large enough that handing a chunk over costs nothing next to checking it, small enough to share out. */
    private static final int CHUNK_ROWS = 1000;

    private final String file;
    private final DatasetRows<T> rows;
    private final boolean xlsx;
    private final Problems problems;
    private final Consumer<Runnable> handOver;
    /** Shares one String among repeated values (a school's name on every row), across threads. */
    private final Map<String, String> strings = new ConcurrentHashMap<>();
    /** In file order; only the reading thread adds to it, and {@link #collect} reads it after the reading. */
    private final List<Chunk> chunks = new ArrayList<>();
    private Header header;
    private List<RawRow> filling = new ArrayList<>(CHUNK_ROWS);

    /** @param handOver takes a chunk's check to be run by whichever thread comes first */
    RowChunks(String file, DatasetRows<T> rows, boolean xlsx, Problems problems, Consumer<Runnable> handOver) {
        this.file = file;
        this.rows = rows;
        this.xlsx = xlsx;
        this.problems = problems;
        this.handOver = handOver;
    }

    @Override
    public void header(RawRow row) {
        header = Header.read(file, row, rows.columns(), problems);
    }

    @Override
    public void row(RawRow row) {
        filling.add(row);
        if (filling.size() == CHUNK_ROWS) {
            flush();
        }
    }

    /** Hands over the last, partly filled chunk; the reading thread calls it after the last row. */
    void flush() {
        if (filling.isEmpty()) {
            return;
        }
        Chunk chunk = new Chunk(header, filling);
        filling = new ArrayList<>(CHUNK_ROWS);
        chunks.add(chunk);
        handOver.accept(chunk::check);
    }

    /** The good records of a table in file order, and the line (or sheet row) of each. */
    record Collected<T>(List<T> records, int[] lines) {

        static <T> Collected<T> none() {
            return new Collected<>(List.of(), new int[0]);
        }
    }

    /**
     * Once every chunk has been checked: reports the rows' problems in file order and returns the good records,
     * or none when the file could not be read to the end ({@code complete} false).
     */
    Collected<T> collect(boolean complete) {
        int count = chunks.stream().mapToInt(chunk -> chunk.size).sum();
        Map<String, Integer> seen = new HashMap<>(count * 4 / 3 + 1);
        List<T> kept = new ArrayList<>(count);
        int[] lines = new int[count];
        for (Chunk chunk : chunks) {
            for (int i = 0; i < chunk.size; i++) {
                problems.addAll(chunk.problems.get(i));
                boolean good = chunk.records.get(i) != null;
                RowFields.Unique unique = chunk.uniques.get(i);
                if (unique != null) {
                    Integer earlier = seen.putIfAbsent(unique.key(), chunk.lines[i]);
                    if (earlier != null) {
                        problems.add(Problem.error(unique.position(), unique.twice().apply(earlier), unique.hint()));
                        good = false;
                    }
                }
                if (good) {
                    lines[kept.size()] = chunk.lines[i];
                    kept.add(chunk.records.get(i));
                }
            }
        }
        if (!complete) {
            return Collected.none();
        }
        rows.finish(file, problems);
        return new Collected<>(kept, Arrays.copyOf(lines, kept.size()));
    }

    /** Up to {@value #CHUNK_ROWS} rows and, once checked, what each gave. */
    private final class Chunk {

        private final Header header;
        private final int size;
        private final int[] lines;
        private List<RawRow> raw;
        private final List<List<Problem>> problems;
        private final List<T> records;
        private final List<RowFields.Unique> uniques;

        Chunk(Header header, List<RawRow> raw) {
            this.header = header;
            this.raw = raw;
            this.size = raw.size();
            this.lines = new int[size];
            this.problems = new ArrayList<>(size);
            this.records = new ArrayList<>(size);
            this.uniques = new ArrayList<>(size);
        }

        void check() {
            for (RawRow row : raw) {
                List<Problem> found = new ArrayList<>(0);
                T record = null;
                RowFields.Unique unique = null;
                if (header != null && hasRightWidth(row, found)) {
                    RowFields fields = new RowFields(file, row, header, found, strings);
                    record = rows.read(fields).orElse(null);
                    unique = fields.unique().orElse(null);
                    if (unique != null) {
                        unique.key().hashCode(); // worked out here, on any thread, and kept by the String for collect()
                    }
                }
                lines[records.size()] = row.line();
                problems.add(found.isEmpty() ? List.of() : found);
                records.add(record);
                uniques.add(unique);
            }
            raw = null; // the cells are not needed any more
        }

        /** A CSV row has as many values as the header; extra cells must be empty (an .xlsx row may be shorter). */
        private boolean hasRightWidth(RawRow row, List<Problem> found) {
            int cells = row.cells().size();
            int last = cells;
            while (last > header.width() && row.cells().get(last - 1).text().isBlank()) {
                last--;
            }
            if (last > header.width()) {
                found.add(Problem.error(SourcePosition.of(file, row.line(), header.width() + 1),
                        Text.of("data.row.width", last, header.width()), Text.of("data.row.tooWide.hint")));
                return false;
            }
            if (!xlsx && cells < header.width()) {
                found.add(Problem.error(SourcePosition.of(file, row.line()),
                        Text.of("data.row.width", cells, header.width()), Text.of("data.row.tooNarrow.hint")));
                return false;
            }
            return true;
        }
    }
}
