package org.gongkai.load.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.gongkai.load.text.YesNo;
import org.gongkai.model.Labelled;
import org.gongkai.model.SchoolYear;
import org.gongkai.model.WanYuan;
import org.gongkai.model.Yuan;
import org.gongkai.problem.Problem;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * The cells of one data row, read by column name. Each reader reports what is wrong at
 * {@code file:line:column} with the column's name, and remembers whether the row had an error, so the row is
 * left out of the site but every problem in it is still listed.
 */
final class RowFields {

    /** Something like a school year (2011—12, 2011至2012学年), to suggest the right form. */
    private static final Pattern YEAR_PAIR = Pattern.compile("(\\d{4})\\D{1,3}(\\d{2,4})\\D*");

    /**
     * A value that must not repeat in the file (a fee item of a school, 学段, year and term): checked across rows in
     * file order, after the rows have been read (see {@link RowChunks}).
     *
     * @param position the cell the error points at
     * @param twice the message, given the line the value was first seen on
     */
    record Unique(String key, SourcePosition position, IntFunction<Text> twice, Text hint) {
    }

    private final String file;
    private final RawRow row;
    private final Header header;
    private final List<Problem> problems;
    private final Map<String, String> strings;
    private boolean failed;
    private Unique unique;

    /**
     * @param problems where this row's problems go, in the order they are found
     * @param strings shares one String among repeated values (safe for several threads to use)
     */
    RowFields(String file, RawRow row, Header header, List<Problem> problems, Map<String, String> strings) {
        this.file = file;
        this.row = row;
        this.header = header;
        this.problems = problems;
        this.strings = strings;
    }

    /** Asks for the check across rows: a later row with the same key is an error. */
    void unique(String key, String column, IntFunction<Text> twice, Text hint) {
        unique = new Unique(key, position(column), twice, hint);
    }

    Optional<Unique> unique() {
        return Optional.ofNullable(unique);
    }

    boolean failed() {
        return failed;
    }

    int line() {
        return row.line();
    }

    SourcePosition position(String column) {
        return SourcePosition.of(file, row.line(), header.position(column) + 1);
    }

    void error(String column, Text message, Text hint) {
        failed = true;
        problems.add(Problem.error(position(column), message, hint));
    }

    void warning(String column, Text message, Text hint) {
        problems.add(Problem.warning(position(column), message, hint));
    }

    private RawCell cell(String column) {
        int i = header.index(column);
        return i < 0 || i >= row.cells().size() ? RawCell.text("") : row.cells().get(i);
    }

    /** The cell's text without stray spaces (warned about), or empty. Repeated values share one String. */
    String text(String column) {
        String raw = cell(column).text();
        String stripped = strip(raw);
        if (!stripped.equals(raw) && !stripped.isEmpty()) {
            warning(column, Text.of("data.cell.spaces", column, raw, stripped), Text.of("data.cell.spaces.hint"));
        }
        return strings.computeIfAbsent(stripped, s -> s);
    }

    /** Like {@link #text}, but an empty required column is an error. */
    Optional<String> value(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            Column definition = header.column(column);
            if (definition.required()) {
                error(column, Text.of("data.cell.empty", column), Text.of("data.cell.empty.hint", column, definition.example()));
            }
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A required text that must be there (its absence is already reported). */
    String required(String column) {
        return value(column).orElse("");
    }

    <E extends Enum<E> & Labelled> Optional<E> choice(String column, Class<E> type) {
        return value(column).flatMap(text -> {
            Optional<E> found = Labelled.fromLabel(type, text);
            if (found.isEmpty()) {
                error(column, Text.of("data.choice.notAllowed", column, text), Text.of("data.choice.notAllowed.hint",
                        Labelled.allowedLabels(type)));
            }
            return found;
        });
    }

    /** 是 or 否, or another of the words for yes and no that front matter takes too ({@link YesNo}). */
    Optional<Boolean> yesNo(String column) {
        return value(column).flatMap(text -> {
            Optional<Boolean> parsed = YesNo.parse(text);
            if (parsed.isEmpty()) {
                error(column, Text.of("data.yesNo.not", column, text), Text.of("data.yesNo.not.hint"));
            }
            return parsed;
        });
    }

    Optional<Yuan> yuan(String column) {
        return value(column).flatMap(text -> {
            Values.Read<BigDecimal> read = Values.decimal(column, text, Values.Unit.YUAN);
            Optional<BigDecimal> value = report(column, read, cell(column).typed());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal amount = value.get();
            if (amount.stripTrailingZeros().scale() > 2) {
                error(column, Text.of("data.amount.yuan.decimals", column, text),
                        Text.of("data.amount.yuan.decimals.hint", amount.setScale(2, RoundingMode.HALF_UP).toPlainString()));
                return Optional.empty();
            }
            Yuan yuan = new Yuan(amount);
            if (amount.scale() < 2 && !cell(column).typed() && read.note().isEmpty()) {
                warning(column, Text.of("data.amount.yuan.noDecimals", column, text, yuan.plain()),
                        Text.of("data.amount.yuan.noDecimals.hint", yuan.plain()));
            }
            return Optional.of(yuan);
        });
    }

    Optional<WanYuan> wan(String column) {
        return value(column).flatMap(text -> report(column, Values.decimal(column, text, Values.Unit.WAN), cell(column).typed())
                .map(WanYuan::new));
    }

    OptionalLong integer(String column, String example) {
        Optional<Long> value = value(column).flatMap(text -> report(column, Values.integer(column, text, example), cell(column).typed()));
        return value.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    OptionalInt count(String column, String example) {
        OptionalLong value = integer(column, example);
        if (value.isPresent() && value.getAsLong() > Integer.MAX_VALUE) {
            error(column, Text.of("data.integer.tooLarge", column, value.getAsLong()), Text.of("data.integer.tooLarge.hint"));
            return OptionalInt.empty();
        }
        return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    OptionalInt year(String column) {
        return value(column).flatMap(text -> report(column, Values.year(column, text), false))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    Optional<LocalDate> date(String column) {
        return value(column).flatMap(text -> report(column, Values.date(column, text), cell(column).typed()));
    }

    Optional<SchoolYear> schoolYear(String column) {
        return value(column).flatMap(text -> {
            Optional<SchoolYear> year = SchoolYear.parse(text);
            if (year.isEmpty()) {
                var digits = YEAR_PAIR.matcher(text);
                String example = digits.matches()
                        ? digits.group(1) + "-" + (Integer.parseInt(digits.group(1)) + 1)
                        : "2011-2012";
                error(column, Text.of("data.schoolYear.not", column, text), Text.of("data.schoolYear.not.hint", example));
            }
            return year;
        });
    }

    private <T> Optional<T> report(String column, Values.Read<T> read, boolean typed) {
        if (!read.error().isEmpty()) {
            error(column, read.error(), read.hint());
        } else if (!read.note().isEmpty() && !typed) {
            warning(column, read.note(), read.hint());
        }
        return read.value();
    }

    /** Strips spaces Excel and copy-paste leave: ASCII, no-break and ideographic (U+3000). */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\uFEFF';
    }
}
