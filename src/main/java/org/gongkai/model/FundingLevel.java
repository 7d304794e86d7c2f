package org.gongkai.model;

/** Who pays an aid programme (aid.csv {@code funding_level}). */
public enum FundingLevel implements Labelled {
    CENTRAL("中央"),
    LOCAL("地方"),
    CENTRAL_AND_LOCAL("中央和地方"),
    SEVERAL("多级"),
    SOCIETY("社会"),
    BANK("金融机构");

    private final String label;

    FundingLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
