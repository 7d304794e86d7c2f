package org.gongkai.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;

/**
 * Typed access to the keys of one YAML mapping. Each accessor reports a problem at the value's line when the
 * value is missing or of the wrong kind, so callers just take what is there.
 */
public final class YamlFields {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final YamlValue.Mapping mapping;
    private final String file;
    private final Problems problems;

    public YamlFields(YamlValue.Mapping mapping, String file, Problems problems) {
        this.mapping = mapping;
        this.file = file;
        this.problems = problems;
    }

    /** Reports every key that is not in {@code allowed}, suggesting the closest allowed key. */
    public void rejectUnknownKeys(Set<String> allowed, String where) {
        for (String key : mapping.values().keySet()) {
            if (!allowed.contains(key)) {
                int[] pos = mapping.keys().get(key);
                String suggestion = Spelling.closest(key, allowed).map(s -> "did you mean `" + s + "`? ").orElse("");
                problems.add(Problem.error(SourcePosition.of(file, pos[0], pos[1]),
                        "unknown key `" + key + "` in " + where,
                        suggestion + "allowed keys: " + String.join(", ", allowed.stream().sorted().toList())));
            }
        }
    }

    public boolean has(String key) {
        YamlValue value = mapping.values().get(key);
        return value != null && !(value instanceof YamlValue.Scalar s && s.type() == YamlValue.ScalarType.NULL);
    }

    public int line(String key) {
        return mapping.keyLine(key);
    }

    public Optional<String> text(String key, boolean required, String example) {
        YamlValue value = present(key, required, example);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof YamlValue.Scalar scalar && scalar.type() != YamlValue.ScalarType.BOOLEAN) {
            String text = scalar.text().strip();
            if (text.isEmpty() && required) {
                missing(key, example);
                return Optional.empty();
            }
            return Optional.of(text);
        }
        wrongKind(key, value, "text", key + ": " + example);
        return Optional.empty();
    }

    public Optional<Integer> integer(String key, boolean required, String example) {
        YamlValue value = present(key, required, example);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof YamlValue.Scalar scalar && scalar.text().strip().matches("\\d{1,9}")) {
            return Optional.of(Integer.parseInt(scalar.text().strip()));
        }
        String shown = value instanceof YamlValue.Scalar s ? "「" + s.text() + "」" : value.describe();
        problems.add(Problem.error(at(value), "`" + key + "` must be a whole number, found " + shown,
                "write digits only, e.g. " + key + ": " + example));
        return Optional.empty();
    }

    /** A date written YYYY-MM-DD; other ways of writing a date get a hint with the ISO form when it can be read. */
    public Optional<LocalDate> date(String key, boolean required, String example) {
        YamlValue value = present(key, required, example);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof YamlValue.Scalar s ? s.text().strip() : "";
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeException e) {
                problems.add(Problem.error(at(value), "`" + key + "` 「" + text + "」 is not a real date",
                        "check the month and day, e.g. " + key + ": " + example));
                return Optional.empty();
            }
        }
        String hint = ChineseDates.parse(text)
                .map(d -> "write " + key + ": " + d)
                .orElse("write the date as YYYY-MM-DD, e.g. " + key + ": " + example);
        problems.add(Problem.error(at(value), "`" + key + "` 「" + (text.isEmpty() ? value.describe() : text)
                + "」 is not a date in the form YYYY-MM-DD", hint));
        return Optional.empty();
    }

    /** A value from a closed set, given by its Chinese label. */
    public <E> Optional<E> oneOf(String key, boolean required, Function<String, Optional<E>> parse, String allowed) {
        String example = allowed.split("、")[0];
        Optional<String> text = text(key, required, example);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> parsed = parse.apply(text.get());
        if (parsed.isEmpty()) {
            problems.add(Problem.error(at(mapping.values().get(key)),
                    "`" + key + "` 「" + text.get() + "」 is not one of the allowed values",
                    "use one of: " + allowed));
        }
        return parsed;
    }

    /**
     * A yes/no value, in any of the {@link YesNo} words; absent is empty. An empty value or any other word is an
     * error: for {@code draft} a wrong guess would publish what was held back.
     */
    public Optional<Boolean> flag(String key) {
        YamlValue value = mapping.values().get(key);
        if (value == null) {
            return Optional.empty();
        }
        String hint = "write " + key + ": true or " + key + ": 是 for yes, " + key + ": false or " + key
                + ": 否 for no (" + YesNo.WORDS + ")";
        if (value instanceof YamlValue.Scalar scalar) {
            if (scalar.type() == YamlValue.ScalarType.NULL || scalar.text().isBlank()) {
                problems.add(Problem.error(at(value), "`" + key + "` is empty", hint + ", or remove the line"));
                return Optional.empty();
            }
            Optional<Boolean> parsed = YesNo.parse(scalar.text());
            if (parsed.isEmpty()) {
                problems.add(Problem.error(at(value), "`" + key + "` must be yes or no, found 「" + scalar.text().strip() + "」",
                        hint));
            }
            return parsed;
        }
        problems.add(Problem.error(at(value), "`" + key + "` must be yes or no, found " + value.describe(), hint));
        return Optional.empty();
    }

    /** A list of texts; a single text is accepted as a list of one. */
    public List<String> textList(String key, String example) {
        YamlValue value = mapping.values().get(key);
        if (value == null || value instanceof YamlValue.Scalar s && s.type() == YamlValue.ScalarType.NULL) {
            return List.of();
        }
        if (value instanceof YamlValue.Scalar scalar) {
            return scalar.text().isBlank() ? List.of() : List.of(scalar.text().strip());
        }
        if (value instanceof YamlValue.Sequence sequence) {
            List<String> out = new ArrayList<>();
            for (YamlValue item : sequence.items()) {
                if (item instanceof YamlValue.Scalar scalar && scalar.type() != YamlValue.ScalarType.NULL) {
                    out.add(scalar.text().strip());
                } else {
                    problems.add(Problem.error(at(item), "each entry of `" + key + "` must be text, found "
                            + item.describe(), "write " + key + ": " + example));
                }
            }
            return out;
        }
        wrongKind(key, value, "a list", key + ": " + example);
        return List.of();
    }

    public Optional<YamlValue.Mapping> mapping(String key) {
        YamlValue value = mapping.values().get(key);
        if (value == null || value instanceof YamlValue.Scalar s && s.type() == YamlValue.ScalarType.NULL) {
            return Optional.empty();
        }
        if (value instanceof YamlValue.Mapping nested) {
            return Optional.of(nested);
        }
        wrongKind(key, value, "a group of indented `key: value` lines", key + ":\n    …: …");
        return Optional.empty();
    }

    /** The position of a key's value, for messages made by callers. */
    public SourcePosition positionOf(String key) {
        YamlValue value = mapping.values().get(key);
        return value == null ? SourcePosition.of(file, mapping.line()) : at(value);
    }

    private YamlValue present(String key, boolean required, String example) {
        YamlValue value = mapping.values().get(key);
        boolean empty = value == null
                || value instanceof YamlValue.Scalar s && s.type() == YamlValue.ScalarType.NULL;
        if (empty) {
            if (required) {
                missing(key, example);
            }
            return null;
        }
        return value;
    }

    private void missing(String key, String example) {
        int line = mapping.keys().containsKey(key) ? mapping.keyLine(key) : mapping.line();
        problems.add(Problem.error(SourcePosition.of(file, line), "`" + key + "` is missing or empty",
                "add a line " + key + ": " + example));
    }

    private void wrongKind(String key, YamlValue value, String expected, String example) {
        problems.add(Problem.error(at(value), "`" + key + "` must be " + expected + ", found " + value.describe(),
                "write " + example));
    }

    private SourcePosition at(YamlValue value) {
        return SourcePosition.of(file, value.line(), value.column());
    }
}
