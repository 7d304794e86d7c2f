package org.gongkai.model;

/** 学段 of a fee row (fees.csv {@code stage}); declared in the order pages list them. */
public enum Stage implements Labelled {
    PRESCHOOL("学前教育"),
    PRIMARY("小学"),
    JUNIOR("初中"),
    SENIOR("普通高中"),
    VOCATIONAL("中等职业教育"),
    SPECIAL("特殊教育");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
