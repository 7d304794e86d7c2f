package org.gongkai.model;

/** A project's status (projects.csv {@code status}), declared in the order of progress. */
public enum ProjectStatus implements Labelled {
    PLANNED("规划"),
    PREPARATION("前期"),
    APPROVED("立项"),
    UNDER_CONSTRUCTION("在建"),
    STRUCTURE_COMPLETE("主体完工"),
    BASICALLY_COMPLETE("基本竣工"),
    COMPLETED("已竣工"),
    DONE("已完成");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
