package org.gongkai.model;

/** The part of the school year a fee row covers (fees.csv {@code term}). */
public enum FeeTerm implements Labelled {
    WHOLE_YEAR("全学年"),
    AUTUMN("秋季学期"),
    SPRING("春季学期");

    private final String label;

    FeeTerm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
