package org.gongkai.importer;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.model.Category;
import org.gongkai.model.Period;
import org.gongkai.scaffold.ReportDraft;

/**
 * The front matter of an imported report, each value with where it came from. A value that could not be read is
 * still written (the report must build as a draft) but {@code read} is false: the file says in a comment what to
 * write, and the command lists it among what the editor must check.
 */
record Inference(Value<String> title, Value<LocalDate> date, Value<Integer> year, Value<Period> period,
                 Value<Category> category, Value<String> department) {

    /** A value, and whether the text (or the command line) gave it. */
    record Value<T>(T value, boolean read) {
        static <T> Value<T> read(T value) {
            return new Value<>(value, true);
        }

        static <T> Value<T> fallback(T value) {
            return new Value<>(value, false);
        }
    }

    /** What the command line fixes for every report, and the fallbacks. */
    record Given(Optional<Category> category, Optional<String> department, String bureau, LocalDate today,
                 String sourceName) {
    }

    /** 「2006年」, 「2011科技局」; of 「2010-2011年」 the second. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?:\\s*[-—–至~]\\s*((?:19|20)\\d{2}))?(?!\\d)");
    /** 「县教育和科技局2006年…」 → 县教育和科技局: the body named at the start of a title. */
    private static final Pattern BODY_IN_TITLE = Pattern.compile("^([\\p{IsHan}]{2,20}?(?:教育和科学技术局|教育和科技局|教育科技局|教育局|科技局|文教局|党委|党工委|教育委员会|教委))");

    static Inference of(Draft draft, Given given) {
        Value<String> title = draft.title().isBlank() ? Value.fallback(given.sourceName()) : Value.read(draft.title());
        Value<LocalDate> date = draft.date().map(Value::read).orElseGet(() -> Value.fallback(given.today()));
        Optional<Integer> titleYear = yearIn(draft.title());
        Value<Integer> year = titleYear.map(Value::read)
                .or(() -> draft.date().map(d -> Value.read(d.getYear())))
                .orElseGet(() -> Value.fallback(given.today().getYear()));
        Value<Category> category = given.category().map(Value::read)
                .or(() -> ReportDraft.categoryIn(draft.title()).map(Value::read))
                .orElseGet(() -> Value.fallback(Category.WORK_REPORT));
        Value<Period> period = ReportDraft.periodIn(draft.title()).map(Value::read)
                .orElseGet(() -> category.value() == Category.HALF_YEAR_SUMMARY ? Value.fallback(Period.FIRST_HALF)
                        : Value.fallback(Period.FULL_YEAR));
        Value<String> department = given.department().map(Value::read)
                .or(() -> draft.signedBy().map(Value::read))
                .or(() -> bodyIn(draft.title()).map(Value::read))
                .orElseGet(() -> Value.fallback(given.bureau()));
        return new Inference(title, date, year, period, category, department);
    }

    static Optional<Integer> yearIn(String title) {
        Matcher m = YEAR.matcher(title);
        return m.find() ? Optional.of(Integer.parseInt(m.group(m.group(2) != null ? 2 : 1))) : Optional.empty();
    }

    static Optional<String> bodyIn(String title) {
        Matcher m = BODY_IN_TITLE.matcher(title.replaceFirst("^(?:19|20)\\d{2}年?", ""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
