package org.gongkai.model;

/** Whether a fee is charged (fees.csv {@code status}). Exempt items are rows too: publishing them is the point. */
public enum FeeStatus implements Labelled {
    CHARGED("收取"),
    EXEMPT("免收"),
    REDUCED("减免");

    private final String label;

    FeeStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
