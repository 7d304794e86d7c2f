package org.gongkai.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kind of report (front matter {@code category}); each has an ASCII slug for its list URL. */
public enum Category {
    ANNUAL_SUMMARY("年度总结", "annual-summary"),
    HALF_YEAR_SUMMARY("半年总结", "half-year-summary"),
    QUARTERLY_REPORT("季度汇报", "quarterly-report"),
    SPECIAL_REPORT("专项汇报", "special-report"),
    WORK_REPORT("工作汇报", "work-report"),
    WORK_POINTS("工作要点", "work-points"),
    WORK_PLAN("工作计划", "work-plan");

    private final String label;
    private final String slug;

    Category(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return slug;
    }

    public static Optional<Category> fromLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }

    public static String allowedLabels() {
        return Arrays.stream(values()).map(Category::label).collect(Collectors.joining("、"));
    }
}
