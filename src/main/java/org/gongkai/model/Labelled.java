package org.gongkai.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A closed set whose values are written in the input as Chinese labels (学段 小学, 状态 在建 …). */
public interface Labelled {

    /** The value as staff type it in a data file and as the site shows it. */
    String label();

    static <E extends Enum<E> & Labelled> Optional<E> fromLabel(Class<E> type, String label) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.label().equals(label)).findFirst();
    }

    /** The allowed values joined with 、, for hints. */
    static <E extends Enum<E> & Labelled> String allowedLabels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::label).collect(Collectors.joining("、"));
    }
}
