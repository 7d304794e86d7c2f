package org.gongkai.load;

import org.gongkai.load.text.Spelling;
import org.gongkai.load.text.ChineseDates;
import org.gongkai.load.text.YesNo;
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
import org.gongkai.problem.Text;

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

    /**
     * Reports every key that is not in {@code allowed}, suggesting the closest allowed key.
     *
     * @param where the mapping, as the message names it: site.yaml, a report's front matter …
     */
    public void rejectUnknownKeys(Set<String> allowed, Text where) {
        List<String> sorted = allowed.stream().sorted().toList();
        for (String key : mapping.values().keySet()) {
            if (!allowed.contains(key)) {
                int[] pos = mapping.keys().get(key);
                Text hint = Spelling.closest(key, allowed)
                        .map(s -> Text.of("load.key.unknown.didYouMean", s, sorted))
                        .orElse(Text.of("load.key.unknown.hint", sorted));
                problems.add(Problem.error(SourcePosition.of(file, pos[0], pos[1]), Text.of("load.key.unknown", key, where), hint));
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
        problems.add(Problem.error(at(value), Text.of("load.field.notText", key, value.describe()),
                Text.of("load.field.write", key + ": " + example)));
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
        Text found = value instanceof YamlValue.Scalar s ? Text.literal("「" + s.text() + "」") : value.describe();
        problems.add(Problem.error(at(value), Text.of("load.field.notInteger", key, found),
                Text.of("load.field.notInteger.hint", key, example)));
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
                problems.add(Problem.error(at(value), Text.of("load.field.noSuchDate", key, text),
                        Text.of("load.field.noSuchDate.hint", key, example)));
                return Optional.empty();
            }
        }
        Text hint = ChineseDates.parse(text)
                .map(d -> Text.of("load.field.write", key + ": " + d))
                .orElse(Text.of("load.field.notDate.hint", key, example));
        problems.add(Problem.error(at(value), Text.of("load.field.notDate", key, text.isEmpty() ? value.describe() : text), hint));
        return Optional.empty();
    }

    /**
     * A value from a closed set, given by its Chinese label.
     *
     * @param allowed the labels joined with 、
     * @param notAllowed the message for a value that is none of them, given the value
     * @param hint the hint that lists them
     */
    public <E> Optional<E> oneOf(String key, boolean required, Function<String, Optional<E>> parse, String allowed,
            Function<String, Text> notAllowed, Text hint) {
        String example = allowed.split("、")[0];
        Optional<String> text = text(key, required, example);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> parsed = parse.apply(text.get());
        if (parsed.isEmpty()) {
            problems.add(Problem.error(at(mapping.values().get(key)), notAllowed.apply(text.get()), hint));
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
        Text hint = Text.of("load.field.flag.hint", key, YesNo.WORDS);
        if (value instanceof YamlValue.Scalar scalar) {
            if (scalar.type() == YamlValue.ScalarType.NULL || scalar.text().isBlank()) {
                problems.add(Problem.error(at(value), Text.of("load.field.flag.empty", key),
                        Text.of("load.field.flag.empty.hint", key, YesNo.WORDS)));
                return Optional.empty();
            }
            Optional<Boolean> parsed = YesNo.parse(scalar.text());
            if (parsed.isEmpty()) {
                problems.add(Problem.error(at(value), Text.of("load.field.notFlag", key, found(value)), hint));
            }
            return parsed;
        }
        problems.add(Problem.error(at(value), Text.of("load.field.notFlag", key, found(value)), hint));
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
                    problems.add(Problem.error(at(item), Text.of("load.field.entryNotText", key, item.describe()),
                            Text.of("load.field.write", key + ": " + example)));
                }
            }
            return out;
        }
        problems.add(Problem.error(at(value), Text.of("load.field.notList", key, value.describe()),
                Text.of("load.field.write", key + ": " + example)));
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
        problems.add(Problem.error(at(value), Text.of("load.field.notGroup", key, value.describe()),
                Text.of("load.field.write", key + ":\n    …: …")));
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
        problems.add(Problem.error(SourcePosition.of(file, line), Text.of("load.field.missing", key),
                Text.of("load.field.missing.hint", key, example)));
    }

    /** What a wrong yes/no value is: a scalar as written, in 「」 (the same in every language), else its kind. */
    private static Text found(YamlValue value) {
        return value instanceof YamlValue.Scalar s ? Text.literal("「" + s.text().strip() + "」") : value.describe();
    }

    private SourcePosition at(YamlValue value) {
        return SourcePosition.of(file, value.line(), value.column());
    }
}
