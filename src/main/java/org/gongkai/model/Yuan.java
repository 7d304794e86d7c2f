package org.gongkai.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in 元 with exactly two decimals (fee standards). Never a double. */
public record Yuan(BigDecimal value) implements Comparable<Yuan> {

    public static final Yuan ZERO = new Yuan(BigDecimal.ZERO);

    public Yuan {
        Objects.requireNonNull(value, "value must not be null");
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount in 元 has at most two decimals: " + value);
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Yuan of(String plain) {
        return new Yuan(new BigDecimal(plain));
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    /** {@code 1200.00}: plain, as in the data files. */
    public String plain() {
        return value.toPlainString();
    }

    @Override
    public int compareTo(Yuan other) {
        return value.compareTo(other.value);
    }
}
