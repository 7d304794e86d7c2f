package org.gongkai.load.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.load.text.ChineseDates;
import org.gongkai.problem.Text;

/**
 * Reads numbers and dates as staff and spreadsheets write them. Each result is a value, a value with a note on
 * what was normalised (a warning), or an error with a hint; the note and the error are whole sentences naming the
 * column and the value as written. Money stays BigDecimal: no value passes through a double.
 */
final class Values {

    /** A read value: {@code value} present, or {@code error} set; {@code note} says what was normalised. */
    record Read<T>(Optional<T> value, Text note, Text error, Text hint) {

        static <T> Read<T> ok(T value) {
            return new Read<>(Optional.of(value), Text.NONE, Text.NONE, Text.NONE);
        }

        static <T> Read<T> normalised(T value, Text note, Text hint) {
            return new Read<>(Optional.of(value), note, Text.NONE, hint);
        }

        static <T> Read<T> error(Text error, Text hint) {
            return new Read<>(Optional.empty(), Text.NONE, error, hint);
        }
    }

    /** The unit of an amount column: it names the amount in messages and says how to write one in hints. */
    enum Unit {
        YUAN, WAN;

        /** 「an amount in 元」. */
        Text what() {
            return this == YUAN ? Text.of("data.amount.yuan") : Text.of("data.amount.wan");
        }

        /** The hint for digits found in a wrong value: 600 元 is written 600.00, 600 万元 just 600. */
        Text write(String digits) {
            return this == YUAN ? Text.of("data.value.write", yuanDigits(digits)) : Text.of("data.amount.wan.write", digits);
        }

        Text example() {
            return this == YUAN ? Text.of("data.amount.yuan.example", yuanDigits("600")) : Text.of("data.amount.wan.example", "600");
        }

        private static String yuanDigits(String digits) {
            BigDecimal number = new BigDecimal(digits);
            return number.setScale(Math.max(2, number.scale()), RoundingMode.UNNECESSARY).toPlainString();
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

    /** A non-negative decimal in {@code unit}, from {@code column}'s cell {@code text}. */
    static Read<BigDecimal> decimal(String column, String text, Unit unit) {
        if (PLAIN.matcher(text).matches()) {
            return Read.ok(new BigDecimal(text));
        }
        if (THOUSANDS.matcher(text).matches()) {
            String plain = text.replace(",", "");
            return Read.normalised(new BigDecimal(plain), Text.of("data.value.thousands", column, text, plain),
                    Text.of("data.amount.thousands.hint", plain));
        }
        if (DECIMAL_COMMA.matcher(text).matches()) {
            return Read.error(Text.of("data.amount.decimalComma", column, text, unit.what()),
                    Text.of("data.amount.decimalComma.hint", text.replace(',', '.')));
        }
        Matcher withUnit = WITH_UNIT.matcher(text);
        if (withUnit.matches()) {
            String number = withUnit.group(1).replace(",", "");
            if (PLAIN.matcher(number).matches()) {
                return Read.error(Text.of("data.amount.notAmount", column, text, unit.what()), unit.write(number));
            }
        }
        if (text.startsWith("-") || text.startsWith("−")) {
            return Read.error(Text.of("data.amount.negative", column, text, unit.what()), Text.of("data.amount.negative.hint"));
        }
        return Read.error(Text.of("data.amount.notAmount", column, text, unit.what()), unit.example());
    }

    /** A whole non-negative number, e.g. a count or an area. */
    static Read<Long> integer(String column, String text, String example) {
        if (INTEGER.matcher(text).matches() && text.length() <= 15) {
            return Read.ok(Long.parseLong(text));
        }
        if (INTEGER_THOUSANDS.matcher(text).matches()) {
            String plain = text.replace(",", "");
            return Read.normalised(Long.parseLong(plain), Text.of("data.value.thousands", column, text, plain),
                    Text.of("data.value.write", plain));
        }
        Matcher unit = WITH_UNIT.matcher(text);
        if (unit.matches() && INTEGER.matcher(unit.group(1)).matches()) {
            return Read.error(Text.of("data.integer.not", column, text), Text.of("data.integer.numberOnly", unit.group(1)));
        }
        return Read.error(Text.of("data.integer.not", column, text), Text.of("data.integer.not.hint", example));
    }

    /** A calendar year, e.g. 2011. */
    static Read<Integer> year(String column, String text) {
        Matcher m = YEAR.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= 1900 && year <= 2999) {
                return text.equals(m.group(1)) ? Read.ok(year)
                        : Read.error(Text.of("data.year.not", column, text), Text.of("data.value.write", m.group(1)));
            }
        }
        return Read.error(Text.of("data.year.not", column, text), Text.of("data.year.not.hint"));
    }

    /** A date: ISO is right; what Excel makes of it (2011/9/1) is read with a note; anything else is an error. */
    static Read<LocalDate> date(String column, String text) {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            return of(iso).map(Read::ok).orElseGet(() -> noSuchDay(column, text));
        }
        Matcher sheet = SPREADSHEET_DATE.matcher(text);
        if (sheet.matches()) {
            return of(sheet).map(d -> Read.normalised(d, Text.of("data.date.readAs", column, text, d),
                    Text.of("data.date.readAs.hint", text)))
                    .orElseGet(() -> noSuchDay(column, text));
        }
        Optional<LocalDate> chinese = ChineseDates.parse(text);
        if (chinese.isPresent()) {
            return Read.error(Text.of("data.date.form", column, text), Text.of("data.value.write", chinese.get()));
        }
        return Read.error(Text.of("data.date.not", column, text), Text.of("data.date.not.hint"));
    }

    private static Read<LocalDate> noSuchDay(String column, String text) {
        return Read.error(Text.of("data.date.noSuchDay", column, text), Text.of("data.date.noSuchDay.hint"));
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
