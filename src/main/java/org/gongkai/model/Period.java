package org.gongkai.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The part of the year a report covers (front matter {@code period}). */
public enum Period {
    FULL_YEAR("全年"),
    FIRST_HALF("上半年"),
    SECOND_HALF("下半年"),
    Q1("第一季度"),
    Q2("第二季度"),
    Q3("第三季度"),
    Q4("第四季度"),
    SPRING_TERM("春季学期"),
    AUTUMN_TERM("秋季学期");

    private final String label;

    Period(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Period> fromLabel(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }

    /** The allowed values as staff type them, for hints. */
    public static String allowedLabels() {
        return Arrays.stream(values()).map(Period::label).collect(Collectors.joining("、"));
    }
}
