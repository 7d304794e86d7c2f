package org.gongkai.model;

/** 计费单位 (fees.csv {@code unit}). The separator is U+00B7 ·; files often have an ASCII dot instead. */
public enum FeeUnit implements Labelled {
    PER_TERM("元/生·学期"),
    PER_SCHOOL_YEAR("元/生·学年"),
    PER_YEAR("元/生·年"),
    PER_MONTH("元/生·月"),
    PER_DAY("元/生·天"),
    PER_TIME("元/生·次");

    private final String label;

    FeeUnit(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
