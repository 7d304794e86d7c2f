package org.gongkai.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.model.WorkCalendar;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * The 节假日安排 table: the one shipped with the tool ({@code holidays.txt}, the State Council's notices) and the
 * years a site adds in site.yaml ({@code disclosure.holidays}), each entry checked at its line.
 */
public final class HolidayTable {

    private static final String RESOURCE = "holidays.txt";
    /** A day, or a range written {@code 2027-02-06..2027-02-13} or {@code 2027-02-06 至 2027-02-13}. */
    private static final Pattern ENTRY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:\\s*(?:\\.\\.|至|～|~)\\s*(\\d{4}-\\d{2}-\\d{2}))?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    static final Set<String> YEAR_KEYS = Set.of("off", "work");

    private HolidayTable() {
    }

    /** The table shipped with the tool. */
    public static WorkCalendar shipped() {
        Map<Integer, Set<LocalDate>> off = new TreeMap<>();
        Map<Integer, Set<LocalDate>> worked = new TreeMap<>();
        try (InputStream in = HolidayTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the tool");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] tokens = line.trim().split("\\s+");
                int year = Integer.parseInt(tokens[0]);
                Set<LocalDate> into = null;
                for (int i = 2; i < tokens.length; i++) {
                    switch (tokens[i]) {
                        case "off" -> into = off.computeIfAbsent(year, y -> new HashSet<>());
                        case "work" -> into = worked.computeIfAbsent(year, y -> new HashSet<>());
                        default -> into.addAll(days(tokens[i]).orElseThrow());
                    }
                }
                off.computeIfAbsent(year, y -> new HashSet<>());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, WorkCalendar.Year> years = new TreeMap<>();
        off.forEach((year, days) -> years.put(year, new WorkCalendar.Year(days, worked.getOrDefault(year, Set.of()))));
        return new WorkCalendar(years);
    }

    /** {@code disclosure.holidays}: a mapping of years, each with {@code off} and {@code work} lists. */
    static WorkCalendar read(YamlValue.Mapping mapping, String file, Problems problems) {
        Map<Integer, WorkCalendar.Year> years = new TreeMap<>();
        for (Map.Entry<String, YamlValue> entry : mapping.values().entrySet()) {
            String key = entry.getKey();
            if (!YEAR.matcher(key).matches()) {
                problems.add(Problem.error(SourcePosition.of(file, mapping.keyLine(key)),
                        Text.of("inspect.holidays.notYear", key), Text.of("inspect.holidays.example")));
                continue;
            }
            if (!(entry.getValue() instanceof YamlValue.Mapping year)) {
                problems.add(Problem.error(SourcePosition.of(file, mapping.keyLine(key)),
                        Text.of("inspect.holidays.notMapping", key), Text.of("inspect.holidays.example")));
                continue;
            }
            int y = Integer.parseInt(key);
            YamlFields fields = new YamlFields(year, file, problems);
            fields.rejectUnknownKeys(YEAR_KEYS, Text.of("inspect.where.holidays", key));
            Set<LocalDate> off = dates(year, "off", y, file, problems, false);
            Set<LocalDate> worked = dates(year, "work", y, file, problems, true);
            years.put(y, new WorkCalendar.Year(off, worked));
        }
        return new WorkCalendar(years);
    }

    private static Set<LocalDate> dates(YamlValue.Mapping year, String key, int y, String file, Problems problems,
                                        boolean weekendOnly) {
        YamlValue value = year.values().get(key);
        List<YamlValue> items = value instanceof YamlValue.Sequence s ? s.items()
                : value instanceof YamlValue.Scalar sc && sc.type() != YamlValue.ScalarType.NULL ? List.of(sc) : List.of();
        Set<LocalDate> out = new HashSet<>();
        for (YamlValue item : items) {
            SourcePosition at = SourcePosition.of(file, item.line(), item.column());
            String text = item instanceof YamlValue.Scalar s ? s.text().strip() : "";
            Optional<List<LocalDate>> days = days(text);
            if (days.isEmpty()) {
                problems.add(Problem.error(at, Text.of("inspect.holidays.notDate", text), Text.of("inspect.holidays.example")));
                continue;
            }
            for (LocalDate day : days.get()) {
                if (day.getYear() != y) {
                    problems.add(Problem.error(at, Text.of("inspect.holidays.otherYear", text, y), Text.of("inspect.holidays.otherYear.hint", y)));
                    break;
                }
                if (weekendOnly && !WorkCalendar.isWeekend(day)) {
                    problems.add(Problem.error(at, Text.of("inspect.holidays.workNotWeekend", day.toString()),
                            Text.of("inspect.holidays.workNotWeekend.hint")));
                    break;
                }
                out.add(day);
            }
        }
        return out;
    }

    /** The days an entry stands for: one date, or every day of a range; empty when it is neither. */
    private static Optional<List<LocalDate>> days(String text) {
        Matcher m = ENTRY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate from = LocalDate.parse(m.group(1));
            LocalDate to = m.group(2) == null ? from : LocalDate.parse(m.group(2));
            if (to.isBefore(from) || to.isAfter(from.plusDays(31))) {
                return Optional.empty();
            }
            return Optional.of(from.datesUntil(to.plusDays(1)).toList());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
