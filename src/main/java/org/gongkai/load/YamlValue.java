package org.gongkai.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.problem.Text;

/**
 * A YAML value with the file line and column where it starts, so every message can point at it.
 * Scalars keep the text as written and whether it was quoted or typed as a number or boolean.
 */
public sealed interface YamlValue permits YamlValue.Scalar, YamlValue.Sequence, YamlValue.Mapping {

    int line();

    int column();

    /** What the value is, for messages: "text", "a list", "a mapping" (a noun phrase in the message's language). */
    Text describe();

    enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    record Scalar(String text, ScalarType type, int line, int column) implements YamlValue {
        @Override
        public Text describe() {
            return switch (type) {
                case NULL -> Text.of("load.yaml.kind.empty");
                case BOOLEAN -> Text.of("load.yaml.kind.boolean");
                case INTEGER, DECIMAL -> Text.of("load.yaml.kind.number");
                case STRING -> Text.of("load.yaml.kind.text");
            };
        }
    }

    record Sequence(List<YamlValue> items, int line, int column) implements YamlValue {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public Text describe() {
            return Text.of("load.yaml.kind.list");
        }
    }

    /** A mapping; {@code keys} holds where each key was written, {@code values} what follows it. */
    record Mapping(Map<String, YamlValue> values, Map<String, int[]> keys, int line, int column) implements YamlValue {
        public Mapping {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        }

        @Override
        public Text describe() {
            return Text.of("load.yaml.kind.mapping");
        }

        public int keyLine(String key) {
            int[] pos = keys.get(key);
            return pos == null ? line : pos[0];
        }
    }
}
