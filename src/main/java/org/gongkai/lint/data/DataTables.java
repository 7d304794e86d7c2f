package org.gongkai.lint.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.model.AidRecord;
import org.gongkai.model.DataSource;
import org.gongkai.model.Datasets;
import org.gongkai.model.Fee;
import org.gongkai.model.Project;

/**
 * The data files as the content rules need them, from what the loader read ({@link Datasets}): the aid and project
 * amounts with their rows' lines, the text of each CSV file (personal data is found at its line and column, which
 * the records do not keep) and, for an .xlsx workbook, its records' text fields by row. Nothing is read from disk
 * here.
 */
public final class DataTables {

    /** One CSV file: its path as messages show it, its text, and its header. */
    public record DataFile(String path, String text, List<String> header) {
        public DataFile {
            header = List.copyOf(header);
        }
    }

    /** A text field of a row of an .xlsx table, for the personal-data scan. */
    public record Cell(String file, int row, String field, String value) {
    }

    /** Columns whose numbers are the public's way to reach the bureau, not personal data. */
    public static final Set<String> PUBLIC_NUMBER_COLUMNS = Set.of("complaint_phone", "price_hotline");

    static final DataTables NONE = new DataTables(List.of(), List.of(), List.of());

    /** The rows of one region, with the region's name also without its province or city (成都市武侯区 → 武侯区). */
    public record Region(String name, String local, List<DataRow> rows, YearTable years) {
        Region(String name, String local, List<DataRow> rows) {
            this(name, local, List.copyOf(rows), YearTable.of(rows));
        }
    }

    private final List<DataFile> files;
    private final List<Cell> cells;
    private final List<DataRow> rows;
    private final List<Region> regions;
    private final java.util.Map<DataRow, Integer> position = new java.util.IdentityHashMap<>();

    DataTables(List<DataFile> files, List<Cell> cells, List<DataRow> rows) {
        this.files = List.copyOf(files);
        this.cells = List.copyOf(cells);
        this.rows = List.copyOf(rows);
        // Grouped once: every report is matched against the few distinct regions, not against every row.
        java.util.Map<String, List<DataRow>> byRegion = new java.util.TreeMap<>();
        for (DataRow row : this.rows) {
            position.put(row, position.size());
            if (!row.region().isEmpty()) {
                byRegion.computeIfAbsent(row.region(), r -> new java.util.ArrayList<>()).add(row);
            }
        }
        List<Region> grouped = new java.util.ArrayList<>();
        byRegion.forEach((name, regionRows) -> grouped.add(new Region(name, Names.localName(name), List.copyOf(regionRows))));
        this.regions = List.copyOf(grouped);
    }

    /** The rows grouped by region, in region order. */
    public List<Region> regions() {
        return regions;
    }

    /** Puts rows gathered from several regions back in the order of the tables, so matching never depends on it. */
    public void sortInTableOrder(List<DataRow> some) {
        some.sort(java.util.Comparator.comparingInt(position::get));
    }

    public List<DataFile> files() {
        return files;
    }

    public List<Cell> cells() {
        return cells;
    }

    public List<DataRow> rows() {
        return rows;
    }

    /** The tables as the loader read them, and the files it read them from. */
    public static DataTables of(Datasets datasets) {
        List<DataFile> files = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        List<DataRow> rows = new ArrayList<>();
        for (DataSource source : datasets.sources()) {
            if (source.text().isPresent()) {
                String text = source.text().get();
                files.add(new DataFile(source.file(), text, source.header().isEmpty() ? firstLine(text) : source.header()));
            } else {
                cells.addAll(cells(source.table(), source.file(), datasets));
            }
            rows.addAll(rows(source.table(), source.file(), datasets));
        }
        return new DataTables(files, cells, rows);
    }

    /**
     * The aid and project amounts, each with the line of its row as the loader read it: rows left out for their
     * errors are not among them, and the rows after one keep their own lines.
     */
    private static List<DataRow> rows(String base, String shown, Datasets datasets) {
        List<DataRow> rows = new ArrayList<>();
        if (base.equals("aid")) {
            List<AidRecord> aid = datasets.aid();
            for (int i = 0; i < aid.size(); i++) {
                AidRecord a = aid.get(i);
                int line = datasets.lines().aid(i);
                a.amount().ifPresent(amount -> rows.add(new DataRow(shown, line, a.program(), a.program(), a.region(), a.year(),
                        amount.value())));
            }
        } else if (base.equals("projects")) {
            List<Project> projects = datasets.projects();
            for (int i = 0; i < projects.size(); i++) {
                Project p = projects.get(i);
                int line = datasets.lines().project(i);
                p.total().ifPresent(total -> rows.add(new DataRow(shown, line, p.project(), p.program(), p.region(), p.year(),
                        total.value())));
            }
        }
        return rows;
    }

    /** The text fields of an .xlsx table's rows (not the complaint and price numbers, which are public). */
    private static List<Cell> cells(String base, String shown, Datasets datasets) {
        List<Cell> cells = new ArrayList<>();
        switch (base) {
            case "aid" -> {
                for (int i = 0; i < datasets.aid().size(); i++) {
                    AidRecord a = datasets.aid().get(i);
                    int row = datasets.lines().aid(i);
                    add(cells, shown, row, "program", a.program());
                    add(cells, shown, row, "per_capita_standard", a.perCapitaStandard());
                    add(cells, shown, row, "notes", a.notes());
                }
            }
            case "projects" -> {
                for (int i = 0; i < datasets.projects().size(); i++) {
                    Project p = datasets.projects().get(i);
                    int row = datasets.lines().project(i);
                    add(cells, shown, row, "project", p.project());
                    add(cells, shown, row, "site", p.site());
                    add(cells, shown, row, "funder", p.funder());
                    add(cells, shown, row, "outputs", p.outputs());
                    add(cells, shown, row, "notes", p.notes());
                }
            }
            case "fees" -> {
                for (int i = 0; i < datasets.fees().size(); i++) {
                    Fee f = datasets.fees().get(i);
                    int row = datasets.lines().fee(i);
                    add(cells, shown, row, "school", f.school());
                    add(cells, shown, row, "item", f.item());
                    add(cells, shown, row, "notes", f.notes());
                }
            }
            default -> {
                // the loader reads no other tables
            }
        }
        return cells;
    }

    private static void add(List<Cell> cells, String file, int row, String field, String value) {
        if (!value.isBlank()) {
            cells.add(new Cell(file, row, field, value));
        }
    }

    /** A file without a first row the parser could read: its first line, split at commas. */
    private static List<String> firstLine(String text) {
        int end = text.indexOf('\n');
        List<String> header = new ArrayList<>();
        for (String column : (end < 0 ? text : text.substring(0, end)).split(",", -1)) {
            header.add(column.strip());
        }
        return header;
    }
}
