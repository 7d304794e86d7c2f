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
import java.util.stream.Stream;

import org.gongkai.load.SitePaths;
import org.gongkai.model.AidRecord;
import org.gongkai.model.Contacts;
import org.gongkai.model.Datasets;
import org.gongkai.model.Fee;
import org.gongkai.model.Project;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;

/**
 * Loads {@code content/data/fees.*}, {@code projects.*} and {@code aid.*}, each a {@code .csv} or an
 * {@code .xlsx}. Rows with errors are left out, and every problem of every row is reported.
 */
public final class DataLoader {

    private static final Set<String> NAMES = Set.of("fees", "projects", "aid");

    private final SitePaths paths;

    public DataLoader(SitePaths paths) {
        this.paths = paths;
    }

    /**
     * @param contacts the bureau's numbers from site.yaml: a fee row without its own complaint phone or price
     *     hotline uses them
     */
    public Datasets load(Contacts contacts, Problems problems) {
        Path dir = paths.data();
        if (!Files.isDirectory(dir)) {
            return Datasets.EMPTY;
        }
        Map<String, Path> files = locate(dir, problems);
        List<Fee> fees = read(files.get("fees"), new FeeRows(contacts), problems);
        List<Project> projects = read(files.get("projects"), new ProjectRows(), problems);
        List<AidRecord> aid = read(files.get("aid"), new AidRows(), problems);
        return new Datasets(fees, projects, aid);
    }

    /** The data file of each dataset; two files for one dataset, and files of no dataset, are reported. */
    private Map<String, Path> locate(Path dir, Problems problems) {
        Map<String, Path> found = new HashMap<>();
        List<Path> listed;
        try (Stream<Path> list = Files.list(dir)) {
            listed = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(paths.display(dir)), "cannot list the folder: " + e.getMessage(), ""));
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
            String shown = paths.display(file);
            if (!NAMES.contains(base)) {
                problems.add(Problem.warning(SourcePosition.of(shown), "this file is ignored: the data files are fees, projects and aid",
                        "name the table fees.csv, projects.csv or aid.csv (or .xlsx); move other files to content/static/ to publish them as-is"));
            } else if (extension.equals("xls") || extension.equals("et")) {
                problems.add(Problem.error(SourcePosition.of(shown), "the old ." + extension + " format cannot be read",
                        "save the workbook as 「Excel 工作簿 (*.xlsx)」 or as 「CSV UTF-8（逗号分隔）」"));
            } else if (!extension.equals("csv") && !extension.equals("xlsx")) {
                problems.add(Problem.warning(SourcePosition.of(shown), "this file is ignored: data files are .csv or .xlsx",
                        "save the table as " + base + ".csv or " + base + ".xlsx"));
            } else {
                Path other = found.putIfAbsent(base, file);
                if (other != null) {
                    problems.add(Problem.error(SourcePosition.of(shown), "there are two " + base + " tables: "
                                    + paths.display(other) + " and " + shown,
                            "keep one of them; the other would be ignored without a word"));
                }
            }
        }
        return found;
    }

    private <T> List<T> read(Path file, DatasetRows<T> rows, Problems problems) {
        if (file == null) {
            return List.of();
        }
        String shown = paths.display(file);
        boolean xlsx = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        RowCollector<T> collector = new RowCollector<>(shown, rows, xlsx, problems);
        try {
            boolean read = xlsx ? new XlsxTable().read(file, shown, collector, problems)
                    : new CsvTable().read(file, shown, collector, problems);
            if (!read) {
                return List.of();
            }
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(shown), "cannot read the file: " + e.getMessage(), ""));
            return List.of();
        }
        rows.finish(shown, problems);
        return collector.records;
    }

    /** Validates rows as they stream in and keeps the good ones. */
    private static final class RowCollector<T> implements TableSink {

        private final String file;
        private final DatasetRows<T> rows;
        private final boolean xlsx;
        private final Problems problems;
        private final Map<String, String> strings = new HashMap<>();
        private final List<T> records = new ArrayList<>();
        private Header header;

        RowCollector(String file, DatasetRows<T> rows, boolean xlsx, Problems problems) {
            this.file = file;
            this.rows = rows;
            this.xlsx = xlsx;
            this.problems = problems;
        }

        @Override
        public void header(RawRow row) {
            header = Header.read(file, row, rows.columns(), problems);
        }

        @Override
        public void row(RawRow row) {
            if (header == null || !hasRightWidth(row)) {
                return;
            }
            RowFields fields = new RowFields(file, row, header, problems, strings);
            Optional<T> record = rows.read(fields);
            record.ifPresent(records::add);
        }

        /** A CSV row has as many values as the header; extra cells must be empty (an .xlsx row may be shorter). */
        private boolean hasRightWidth(RawRow row) {
            int cells = row.cells().size();
            int last = cells;
            while (last > header.width() && row.cells().get(last - 1).text().isBlank()) {
                last--;
            }
            if (last > header.width()) {
                problems.add(Problem.error(SourcePosition.of(file, row.line(), header.width() + 1),
                        "the row has " + last + " values, the header has " + header.width() + " columns",
                        "a value with a comma must be in double quotes (\"1,200.00\"); otherwise delete the extra values"));
                return false;
            }
            if (!xlsx && cells < header.width()) {
                problems.add(Problem.error(SourcePosition.of(file, row.line()),
                        "the row has " + cells + " values, the header has " + header.width() + " columns",
                        "every row has one value per column, empty ones too: check for a missing comma"));
                return false;
            }
            return true;
        }
    }
}
