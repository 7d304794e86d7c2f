package org.gongkai.model;

/** 学段 of an aid row (aid.csv {@code stage}); a wider set than fees' {@link Stage}. */
public enum AidStage implements Labelled {
    PRESCHOOL("学前教育"),
    COMPULSORY("义务教育"),
    JUNIOR("初中"),
    SENIOR("普通高中"),
    VOCATIONAL("中等职业教育"),
    HIGHER("高等教育");

    private final String label;

    AidStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
