package org.gongkai.model;

/**
 * What a project amount is (projects.csv {@code amount_kind}). Money of different kinds is never added together:
 * a plan or a budget is not money received, and money allocated is not money spent.
 */
public enum AmountKind implements Labelled {
    SECURED("到位"),
    PLANNED("计划"),
    BUDGET("预算"),
    ALLOCATED("下达"),
    SPENT("投入");

    private final String label;

    AmountKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
