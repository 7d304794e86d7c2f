package org.gongkai.model;

/** 收费性质 (fees.csv {@code fee_type}): set by the price authority, a service charge, or collected for a third party. */
public enum FeeType implements Labelled {
    ADMINISTRATIVE("行政事业性收费"),
    SERVICE("服务性收费"),
    COLLECTED_FOR_OTHERS("代收费");

    private final String label;

    FeeType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
