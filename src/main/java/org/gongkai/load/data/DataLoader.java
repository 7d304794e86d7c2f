package org.gongkai.load.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.gongkai.model.AidRecord;
import org.gongkai.model.DataSource;
import org.gongkai.model.Contacts;
import org.gongkai.model.Datasets;
import org.gongkai.model.Fee;
import org.gongkai.model.Project;
import org.gongkai.problem.IoReason;
import org.gongkai.problem.FileFailure;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;
import org.gongkai.work.BuildWork;

/**
 * Loads {@code content/data/fees.*}, {@code projects.*} and {@code aid.*}, each a {@code .csv} or an
 * {@code .xlsx}. Rows with errors are left out, and every problem of every row is reported.
 */
public final class DataLoader {

    private static final Set<String> NAMES = Set.of("fees", "projects", "aid");

    private final Path dir;
    private final Function<Path, String> display;

    /**
     * @param dir {@code content/data}
     * @param display a file's path as messages show it (relative to the site root)
     */
    public DataLoader(Path dir, Function<Path, String> display) {
        this.dir = dir;
        this.display = display;
    }

    /**
     * Reads the tables and waits for them.
     *
     * @param contacts the bureau's numbers from site.yaml: a fee row without its own complaint phone or price
     *     hotline uses them
     */
    public Datasets load(Contacts contacts, Problems problems) {
        return start(contacts, problems, new BuildWork()).finish();
    }

    /**
     * Starts reading the tables as a task of {@code work} and returns at once, so the caller can load the reports
     * meanwhile; {@link Loading#finish} then gives the datasets, the caller helping to check the rows read by
     * then. The rows are checked in chunks on whichever thread is free (see {@link RowChunks}).
     */
    public Loading start(Contacts contacts, Problems problems, BuildWork work) {
        CheckQueue checks = new CheckQueue();
        return new Loading(work, checks, work.fork(() -> {
            Tables tables;
            try {
                tables = read(contacts, problems, checks);
            } finally {
                checks.readingDone();
            }
            checks.drain(); // then helps with the checks
            return tables;
        }));
    }

    /** The tables being read and checked. */
    public static final class Loading {

        private final BuildWork work;
        private final CheckQueue checks;
        private final BuildWork.Task<Tables> reading;

        private Loading(BuildWork work, CheckQueue checks, BuildWork.Task<Tables> reading) {
            this.work = work;
            this.checks = checks;
            this.reading = reading;
        }

        /**
         * Waits for the reading (doing it here if no pool thread has started it), checks rows meanwhile, and
         * returns the good records; every problem has been reported to the {@code problems} given to
         * {@link #start} by then. A failure of the reading is rethrown as thrown.
         */
        public Datasets finish() {
            reading.runIfNotStarted();
            if (work.stopping()) {
                reading.join(); // it may never have run, and then no one ends the checks' wait for the reading
            }
            checks.drain();
            checks.awaitEnd();
            return reading.join().collect();
        }
    }

    /** The three tables as read (each empty when there is no file). */
    private record Tables(Table<Fee> fees, Table<Project> projects, Table<AidRecord> aid) {

        static final Tables NONE = new Tables(Table.none(), Table.none(), Table.none());

        Datasets collect() {
            RowChunks.Collected<Fee> f = fees.collect();
            RowChunks.Collected<Project> p = projects.collect();
            RowChunks.Collected<AidRecord> a = aid.collect();
            // in file name order, as the content rules list them
            List<DataSource> sources = Stream.of(aid.source, fees.source, projects.source).flatMap(Optional::stream).toList();
            return new Datasets(f.records(), p.records(), a.records(), new Datasets.Lines(f.lines(), p.lines(), a.lines()),
                    sources);
        }
    }

    /** One table's rows, whether the file was read to its end, and the file as read. */
    private record Table<T>(Optional<RowChunks<T>> rows, boolean complete, Optional<DataSource> source) {

        static <T> Table<T> none() {
            return new Table<>(Optional.empty(), false, Optional.empty());
        }

        RowChunks.Collected<T> collect() {
            return rows.map(r -> r.collect(complete)).orElse(RowChunks.Collected.none());
        }
    }

    private Tables read(Contacts contacts, Problems problems, CheckQueue checks) {
        if (!Files.isDirectory(dir)) {
            return Tables.NONE;
        }
        Map<String, Path> files = locate(dir, problems);
        return new Tables(read(files.get("fees"), new FeeRows(contacts), problems, checks),
                read(files.get("projects"), new ProjectRows(), problems, checks),
                read(files.get("aid"), new AidRows(), problems, checks));
    }

    /** The data file of each dataset; two files for one dataset, and files of no dataset, are reported. */
    private Map<String, Path> locate(Path dir, Problems problems) {
        Map<String, Path> found = new HashMap<>();
        List<Path> listed;
        try (Stream<Path> list = Files.list(dir)) {
            listed = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(display.apply(dir)), Text.of("data.folder.unreadable", IoReason.of(e)),
                    Text.NONE));
            return found;
        }
        for (Path file : listed) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                continue; // editor lock files and OS leftovers
            }
            int dot = name.lastIndexOf('.');
            String base = dot < 0 ? name : name.substring(0, dot);
            String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            String shown = display.apply(file);
            if (!NAMES.contains(base)) {
                problems.add(Problem.warning(SourcePosition.of(shown), Text.of("data.file.unknown"), Text.of("data.file.unknown.hint")));
            } else if (extension.equals("xls") || extension.equals("et")) {
                problems.add(Problem.error(SourcePosition.of(shown), Text.of("data.file.oldExcel", extension),
                        Text.of("data.file.oldExcel.hint")));
            } else if (!extension.equals("csv") && !extension.equals("xlsx")) {
                problems.add(Problem.warning(SourcePosition.of(shown), Text.of("data.file.otherFormat"),
                        Text.of("data.file.otherFormat.hint", base)));
            } else {
                Path other = found.putIfAbsent(base, file);
                if (other != null) {
                    problems.add(Problem.error(SourcePosition.of(shown), Text.of("data.file.twice", base, display.apply(other), shown),
                            Text.of("data.file.twice.hint")));
                }
            }
        }
        return found;
    }

    private <T> Table<T> read(Path file, DatasetRows<T> rows, Problems problems, CheckQueue checks) {
        if (file == null) {
            return Table.none();
        }
        String shown = display.apply(file);
        boolean xlsx = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        RowChunks<T> chunks = new RowChunks<>(shown, rows, xlsx, problems, checks::add);
        TableRead read = FileFailure.during(shown, () -> readRows(file, shown, xlsx, chunks, problems));
        chunks.flush();
        return new Table<>(Optional.of(chunks), read.complete(),
                Optional.of(new DataSource(rows.name(), shown, read.text(), read.header())));
    }

    private static TableRead readRows(Path file, String shown, boolean xlsx, TableSink sink, Problems problems) {
        try {
            return xlsx ? TableRead.workbook(new XlsxTable().read(file, shown, sink, problems))
                    : new CsvTable().read(file, shown, sink, problems);
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(shown), Text.of("data.file.unreadable", IoReason.of(e)), Text.NONE));
            return TableRead.workbook(false);
        }
    }
}
