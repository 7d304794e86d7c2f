package org.gongkai.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import org.gongkai.problem.IoReason;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * Reads YAML (site.yaml, front matter) into {@link YamlValue}s that remember their lines, using Jackson's
 * streaming parser for positions. Duplicate keys and syntax errors are problems at their line and column
 * ({@link YamlSyntaxErrors} says what is wrong in plain words).
 */
public final class YamlReader {

    private final YAMLFactory factory = new YAMLFactory();

    /**
     * @param firstLine the file line on which {@code yaml} starts (2 for front matter after {@code ---})
     * @return the top-level mapping, or empty after reporting why there is none
     */
    public Optional<YamlValue.Mapping> readMapping(String yaml, String file, int firstLine, Problems problems) {
        Optional<YamlValue.Mapping> plain = PlainFrontMatter.read(yaml, firstLine);
        return plain.isPresent() ? plain : readWithParser(yaml, file, firstLine, problems);
    }

    /** As {@link #readMapping}, always by the parser ({@code PlainFrontMatterTest} compares the two). */
    Optional<YamlValue.Mapping> readWithParser(String yaml, String file, int firstLine, Problems problems) {
        if (yaml.isBlank()) {
            return Optional.of(new YamlValue.Mapping(Map.of(), Map.of(), firstLine, 1));
        }
        try (JsonParser parser = factory.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new YamlValue.Mapping(Map.of(), Map.of(), firstLine, 1));
            }
            YamlValue value = read(parser, file, firstLine, problems);
            if (value instanceof YamlValue.Mapping mapping) {
                return Optional.of(mapping);
            }
            problems.add(new YamlSyntaxErrors(yaml, file, firstLine).mistakeInAnyLine()
                    .orElse(Problem.error(SourcePosition.of(file, value.line()),
                            Text.of("load.yaml.notMapping", value.describe()),
                            Text.of("load.yaml.notMapping.hint"))));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            problems.add(new YamlSyntaxErrors(yaml, file, firstLine).describe(parserError(e)));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(file), Text.of("load.yaml.unreadable", IoReason.of(e)), Text.NONE));
            return Optional.empty();
        }
    }

    private YamlValue read(JsonParser parser, String file, int firstLine, Problems problems) throws IOException {
        JsonToken token = parser.currentToken();
        JsonLocation location = parser.currentTokenLocation();
        int line = location.getLineNr() + firstLine - 1;
        int column = Math.max(1, location.getColumnNr());
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlValue> values = new LinkedHashMap<>();
                Map<String, int[]> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyLocation = parser.currentTokenLocation();
                    int keyLine = keyLocation.getLineNr() + firstLine - 1;
                    int keyColumn = Math.max(1, keyLocation.getColumnNr());
                    parser.nextToken();
                    YamlValue value = read(parser, file, firstLine, problems);
                    if (values.containsKey(key)) {
                        problems.add(Problem.error(SourcePosition.of(file, keyLine, keyColumn),
                                Text.of("load.yaml.twice", key, keys.get(key)[0]),
                                Text.of("load.yaml.twice.hint")));
                        continue;
                    }
                    values.put(key, value);
                    keys.put(key, new int[] {keyLine, keyColumn});
                }
                return new YamlValue.Mapping(values, keys, line, column);
            }
            case START_ARRAY: {
                List<YamlValue> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, file, firstLine, problems));
                }
                return new YamlValue.Sequence(items, line, column);
            }
            case VALUE_STRING:
                return new YamlValue.Scalar(parser.getText(), YamlValue.ScalarType.STRING, line, column);
            case VALUE_NUMBER_INT:
                return new YamlValue.Scalar(parser.getText(), YamlValue.ScalarType.INTEGER, line, column);
            case VALUE_NUMBER_FLOAT:
                return new YamlValue.Scalar(parser.getText(), YamlValue.ScalarType.DECIMAL, line, column);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlValue.Scalar(parser.getText(), YamlValue.ScalarType.BOOLEAN, line, column);
            case VALUE_NULL:
                return new YamlValue.Scalar("", YamlValue.ScalarType.NULL, line, column);
            default:
                return new YamlValue.Scalar(parser.getText(), YamlValue.ScalarType.STRING, line, column);
        }
    }

    /**
     * SnakeYAML's account under Jackson's: its marks are where it found the problem (Jackson's location is that of
     * the last token it read, often the line before), 0-based. Its message, which repeats them in its own words
     * ("in 'reader', line 8, column 1"), is not passed on.
     */
    private static YamlSyntaxErrors.ParserError parserError(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark problem = marked.getProblemMark();
                Mark context = marked.getContextMark();
                return new YamlSyntaxErrors.ParserError(oneLine(marked.getProblem()), oneLine(marked.getContext()),
                        problem.getLine(), problem.getColumn(),
                        context == null ? -1 : context.getLine(), context == null ? -1 : context.getColumn());
            }
        }
        String message = oneLine(e.getOriginalMessage());
        int reader = message.indexOf(" in 'reader'");
        return new YamlSyntaxErrors.ParserError(reader < 0 ? message : message.substring(0, reader).strip(), "", -1, -1, -1, -1);
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String oneLine = message.strip().replace('\n', ' ');
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
