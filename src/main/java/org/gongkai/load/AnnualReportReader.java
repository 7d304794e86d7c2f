package org.gongkai.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.model.AnnualReport;
import org.gongkai.model.AnnualReportForm;
import org.gongkai.model.AnnualReportForm.CellKind;
import org.gongkai.model.AnnualReportFormat;
import org.gongkai.problem.IoReason;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * Reads {@code content/annual-reports/<year>.yaml} (and the prose of {@code <year>.md}) into {@link AnnualReport}s,
 * checking every number and the sums the national format prints ({@link AnnualReportSums}).
 */
public final class AnnualReportReader {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.(yaml|md)");
    private static final Set<String> TOP_KEYS = Set.of("year", "active", "applications", "appeals");

    private final SitePaths paths;
    private final YamlReader yaml = new YamlReader();

    public AnnualReportReader(SitePaths paths) {
        this.paths = paths;
    }

    /** Every report of the folder, oldest year first; a report with errors is left out (its problems are added). */
    public List<AnnualReport> load(Problems problems) {
        Path dir = paths.content().resolve("annual-reports");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).filter(p -> !SiteLoader.isHidden(p)).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(paths.display(dir)), Text.of("load.folder.unreadable", IoReason.of(e)), Text.NONE));
            return List.of();
        }
        Set<String> yamlYears = files.stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                .map(n -> n.substring(0, n.length() - 5)).collect(Collectors.toSet());
        List<AnnualReport> reports = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String shown = paths.display(file);
            var matcher = FILE_NAME.matcher(name);
            if (!matcher.matches()) {
                problems.add(Problem.error(SourcePosition.of(shown), Text.of("annual.file.name", name), Text.of("annual.file.name.hint")));
            } else if (name.endsWith(".md") && !yamlYears.contains(matcher.group(1))) {
                problems.add(Problem.error(SourcePosition.of(shown), Text.of("annual.prose.alone", name, matcher.group(1) + ".yaml"),
                        Text.of("annual.prose.alone.hint")));
            } else if (name.endsWith(".yaml")) {
                read(file, shown, Integer.parseInt(matcher.group(1)), problems).ifPresent(reports::add);
            }
        }
        return List.copyOf(reports);
    }

    private Optional<AnnualReport> read(Path file, String shown, int year, Problems problems) {
        Problems own = new Problems();
        Optional<AnnualReport> report = text(file, shown, own)
                .flatMap(text -> yaml.readMapping(text, shown, 1, own))
                .flatMap(mapping -> numbers(mapping, shown, year, file, own));
        problems.addAll(own.list());
        return own.errorCount() > 0 ? Optional.empty() : report;
    }

    private Optional<AnnualReport> numbers(YamlValue.Mapping mapping, String shown, int year, Path file, Problems problems) {
        YamlFields fields = new YamlFields(mapping, shown, problems);
        fields.rejectUnknownKeys(TOP_KEYS, Text.of("annual.where.file"));
        fields.integer("year", false, String.valueOf(year)).filter(y -> y != year).ifPresent(y -> problems.add(Problem.error(
                fields.positionOf("year"), Text.of("annual.year.mismatch", String.valueOf(y), String.valueOf(year)),
                Text.of("annual.year.mismatch.hint", String.valueOf(year)))));
        AnnualReportFormat format = AnnualReportFormat.forYear(year);
        AnnualCells cells = new AnnualCells(shown, problems);
        Map<String, List<BigDecimal>> active = new LinkedHashMap<>();
        group(fields, "active", mapping, problems).ifPresent(m -> {
            List<AnnualReportForm.ActiveRow> rows = format.activeGroups().stream().flatMap(g -> g.rows().stream()).toList();
            new YamlFields(m, shown, problems).rejectUnknownKeys(rows.stream().map(AnnualReportForm.ActiveRow::key)
                    .collect(Collectors.toSet()), Text.of("annual.where.active", format.docNumber()));
            for (AnnualReportForm.ActiveRow row : rows) {
                cells.values(m, row.key(), row.cells(), row.cells().size()).ifPresent(v -> active.put(row.key(), v));
            }
        });
        Map<String, List<Long>> applications = group(fields, "applications", mapping, problems)
                .map(m -> new AnnualReportSums(cells, shown, problems).applications(m, format)).orElse(Map.of());
        Map<String, List<Long>> appeals = group(fields, "appeals", mapping, problems)
                .map(m -> new AnnualReportSums(cells, shown, problems).appeals(m)).orElse(Map.of());
        if (problems.errorCount() > 0) {
            return Optional.empty();
        }
        AnnualReportProse prose = AnnualReportProse.read(file.resolveSibling(year + ".md"), paths, problems);
        return Optional.of(new AnnualReport(year, format, shown, active, applications, appeals,
                prose.overview(), prose.issues(), prose.other()));
    }

    private static Optional<YamlValue.Mapping> group(YamlFields fields, String key, YamlValue.Mapping top, Problems problems) {
        if (!fields.has(key)) {
            problems.add(Problem.error(SourcePosition.of(fieldsFile(fields, key), top.line()), Text.of("annual.group.missing", key),
                    Text.of("annual.group.missing.hint", key)));
            return Optional.empty();
        }
        return fields.mapping(key);
    }

    private static String fieldsFile(YamlFields fields, String key) {
        return fields.positionOf(key).file();
    }

    private static Optional<String> text(Path file, String shown, Problems problems) {
        try {
            return SourceText.decodeUtf8(Files.readAllBytes(file), shown, problems);
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(shown), Text.of("load.file.unreadable", IoReason.of(e)), Text.NONE));
            return Optional.empty();
        }
    }

    /** The kinds of a row of counts: the six applicant columns, or the four cells of a group of table 四. */
    static List<CellKind> counts(int n) {
        return java.util.Collections.nCopies(n, CellKind.COUNT);
    }
}
