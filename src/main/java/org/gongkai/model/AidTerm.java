package org.gongkai.model;

/** The period an aid row covers (aid.csv {@code term}). */
public enum AidTerm implements Labelled {
    FULL_YEAR("全年"),
    SPRING("春季学期"),
    AUTUMN("秋季学期");

    private final String label;

    AidTerm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
