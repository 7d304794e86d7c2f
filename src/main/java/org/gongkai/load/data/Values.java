package org.gongkai.load.data;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.load.ChineseDates;

/**
 * Reads numbers and dates as staff and spreadsheets write them. Each result is a value, a value with a note on
 * what was normalised (a warning), or an error with a hint. Money stays BigDecimal: no value passes through a
 * double.
 */
final class Values {

    /** A read value: {@code value} present, or {@code error} set; {@code note} says what was normalised. */
    record Read<T>(Optional<T> value, String note, String error, String hint) {

        static <T> Read<T> ok(T value) {
            return new Read<>(Optional.of(value), "", "", "");
        }

        static <T> Read<T> normalised(T value, String note, String hint) {
            return new Read<>(Optional.of(value), note, "", hint);
        }

        static <T> Read<T> error(String error, String hint) {
            return new Read<>(Optional.empty(), "", error, hint);
        }
    }

    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");
    private static final Pattern WITH_UNIT = Pattern.compile("([\\d,.]*\\d)\\s*(元|万元|万|亿元|千元|平方米|㎡|人次|人|份|个|所|项)\\S*");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SPREADSHEET_DATE = Pattern.compile("(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern INTEGER_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?度?");

    private Values() {
    }

    /**
     * A non-negative decimal. {@code what} names the unit in messages (「an amount in 元」); {@code suggest} turns
     * the digits found in a wrong value into the value to write.
     */
    static Read<BigDecimal> decimal(String text, String what, UnaryOperator<String> suggest) {
        if (PLAIN.matcher(text).matches()) {
            return Read.ok(new BigDecimal(text));
        }
        if (THOUSANDS.matcher(text).matches()) {
            String plain = text.replace(",", "");
            return Read.normalised(new BigDecimal(plain), "has thousands separators; read as " + plain,
                    "write " + plain + " (without the commas Excel adds when the cell is formatted as 「千位分隔」)");
        }
        if (DECIMAL_COMMA.matcher(text).matches()) {
            String fixed = text.replace(',', '.');
            return Read.error("uses a decimal comma; it is not " + what,
                    "write a decimal point: " + fixed);
        }
        Matcher unit = WITH_UNIT.matcher(text);
        if (unit.matches()) {
            String number = unit.group(1).replace(",", "");
            if (PLAIN.matcher(number).matches()) {
                return Read.error("is not " + what, "write " + suggest.apply(number));
            }
        }
        if (text.startsWith("-") || text.startsWith("−")) {
            return Read.error("is negative; it is not " + what, "write the amount without a minus sign");
        }
        return Read.error("is not " + what, "write a number with a decimal point, e.g. " + suggest.apply("600"));
    }

    /** A whole non-negative number, e.g. a count or an area. */
    static Read<Long> integer(String text, String example) {
        if (INTEGER.matcher(text).matches() && text.length() <= 15) {
            return Read.ok(Long.parseLong(text));
        }
        if (INTEGER_THOUSANDS.matcher(text).matches()) {
            String plain = text.replace(",", "");
            return Read.normalised(Long.parseLong(plain), "has thousands separators; read as " + plain, "write " + plain);
        }
        Matcher unit = WITH_UNIT.matcher(text);
        if (unit.matches() && INTEGER.matcher(unit.group(1)).matches()) {
            return Read.error("is not a whole number", "write the number only: " + unit.group(1));
        }
        return Read.error("is not a whole number", "write digits only, e.g. " + example);
    }

    /** A calendar year, e.g. 2011. */
    static Read<Integer> year(String text) {
        Matcher m = YEAR.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= 1900 && year <= 2999) {
                return text.equals(m.group(1)) ? Read.ok(year) : Read.error("is not a year", "write " + m.group(1));
            }
        }
        return Read.error("is not a year", "write four digits, e.g. 2011");
    }

    /** A date: ISO is right; what Excel makes of it (2011/9/1) is read with a note; anything else is an error. */
    static Read<LocalDate> date(String text) {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            return of(iso).map(Read::ok).orElseGet(() -> Read.error("is not a date (no such day)", "check the day and month"));
        }
        Matcher sheet = SPREADSHEET_DATE.matcher(text);
        if (sheet.matches()) {
            return of(sheet).map(d -> Read.normalised(d, "read as " + d,
                    "write dates as YYYY-MM-DD (Excel and WPS rewrite them as " + text + " when they save a CSV)"))
                    .orElseGet(() -> Read.error("is not a date (no such day)", "check the day and month"));
        }
        Optional<LocalDate> chinese = ChineseDates.parse(text);
        if (chinese.isPresent()) {
            return Read.error("is not a date in the form YYYY-MM-DD", "write " + chinese.get());
        }
        return Read.error("is not a date", "write YYYY-MM-DD, e.g. 2011-09-01");
    }

    private static Optional<LocalDate> of(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
