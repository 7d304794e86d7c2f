package org.gongkai.problem;

/** How bad a problem is. Errors stop a build; warnings and infos are printed and publishing goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word used in text and JSON output. */
    public String label() {
        return label;
    }
}
