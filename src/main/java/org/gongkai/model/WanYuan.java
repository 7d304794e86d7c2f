package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in 万元 (10,000 元) with the decimals it was given (1749.375 stays 1749.375): the seeds' figures
 * are published as the bureau wrote them. Sums are exact.
 */
public record WanYuan(BigDecimal value) implements Comparable<WanYuan> {

    public static final WanYuan ZERO = new WanYuan(BigDecimal.ZERO);

    public WanYuan {
        Objects.requireNonNull(value, "value must not be null");
    }

    public static WanYuan of(String plain) {
        return new WanYuan(new BigDecimal(plain));
    }

    public WanYuan plus(WanYuan other) {
        return new WanYuan(value.add(other.value));
    }

    /** {@code 1749.375}, {@code 900}: plain, as in the data files, without trailing zeros past the given scale. */
    public String plain() {
        return value.toPlainString();
    }

    /** Same amount, whatever the scale: 900 equals 900.00. */
    public boolean sameAmount(WanYuan other) {
        return value.compareTo(other.value) == 0;
    }

    @Override
    public int compareTo(WanYuan other) {
        return value.compareTo(other.value);
    }
}
