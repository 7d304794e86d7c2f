package org.gongkai.model;

/** What an aid count counts (aid.csv {@code recipient_unit}). Counts in different units are never added together. */
public enum RecipientUnit implements Labelled {
    PERSON("人"),
    PERSON_TIME("人次"),
    CONTRACT("份");

    private final String label;

    RecipientUnit(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
