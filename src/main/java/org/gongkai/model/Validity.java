package org.gongkai.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** 有效性 of a published item: whether it is still in force. */
public enum Validity {
    VALID("有效"),
    EXPIRED("已失效"),
    REPEALED("已废止");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Validity> fromLabel(String text) {
        return Arrays.stream(values()).filter(v -> v.label.equals(text.strip())).findFirst();
    }

    public static String allowedLabels() {
        return Arrays.stream(values()).map(Validity::label).collect(Collectors.joining("、"));
    }
}
