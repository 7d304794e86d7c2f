package org.gongkai.model;

/** The kind of an aid programme (aid.csv {@code kind}). A loan is repaid, so it is never part of an aid total. */
public enum AidKind implements Labelled {
    GRANT("助学金"),
    SUBSIDY("补贴"),
    LIVING_ALLOWANCE("生活补助"),
    EXEMPTION("免除"),
    LOAN("贷款"),
    DONATION("捐助"),
    MIXED("综合");

    private final String label;

    AidKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isLoan() {
        return this == LOAN;
    }
}
