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

import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;

/**
 * Reads YAML (site.yaml, front matter) into {@link YamlValue}s that remember their lines, using Jackson's
 * streaming parser for positions. Duplicate keys and syntax errors are problems at their line.
 */
public final class YamlReader {

    private final YAMLFactory factory = new YAMLFactory();

    /**
     * @param firstLine the file line on which {@code yaml} starts (2 for front matter after {@code ---})
     * @return the top-level mapping, or empty after reporting why there is none
     */
    public Optional<YamlValue.Mapping> readMapping(String yaml, String file, int firstLine, Problems problems) {
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
            problems.add(Problem.error(SourcePosition.of(file, value.line()),
                    "expected keys such as `title: …`, found " + value.describe(),
                    "write one `key: value` per line"));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? firstLine : where.getLineNr() + firstLine - 1;
            int column = where == null ? 0 : Math.max(0, where.getColumnNr());
            problems.add(Problem.error(SourcePosition.of(file, line, column),
                    "this is not valid YAML: " + firstSentence(e.getOriginalMessage()),
                    "write `key: value`, one per line; put text with a colon followed by a space or a leading "
                            + "# inside double quotes, e.g. title: \"…\""));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(file), "cannot read YAML: " + e.getMessage(), ""));
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
                                "key `" + key + "` is given twice (first on line " + keys.get(key)[0] + ")",
                                "keep one of the two lines"));
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

    private static String firstSentence(String message) {
        if (message == null) {
            return "syntax error";
        }
        String oneLine = message.strip().replace('\n', ' ');
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
