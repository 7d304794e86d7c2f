package org.gongkai.lint.text;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure with its unit as written in a report: {@code 3315余万元} is 3315 × 10 000 元, at least that much.
 *
 * @param start offset of the figure's first character (its approximation word, if any) in the text it was found in
 * @param end offset after its last character
 * @param text the figure as written
 * @param value the number as written, before {@code 万}/{@code 亿}
 * @param multiplier 1, 1 000 ({@code 千}), 10 000 ({@code 万}) or 10⁸ ({@code 亿})
 * @param unit the unit as written after the multiplier ({@code 元}, {@code 人}, {@code 平方米} …)
 * @param scale the number of decimals written
 */
public record Quantity(int start, int end, String text, BigDecimal value, BigDecimal multiplier, String unit,
                Approximation approximation, int scale) {

    /** How exact a figure claims to be. */
    public enum Approximation {
        EXACT,
        /** 约, 左右. */
        ABOUT,
        /** 余, 多: at least the figure, below the next step of its last digit (3315余 is 3315 to 3316). */
        AT_LEAST,
        /** 以上, 超过, 逾: at least the figure, no upper bound. */
        OVER,
        /** 近, 不足, 不到: at most the figure. */
        AT_MOST
    }

    public Quantity {
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(multiplier, "multiplier must not be null");
    }

    /** The figure in the unit without multiplier: 3315万元 is 33 150 000 元. */
    public BigDecimal base() {
        return value.multiply(multiplier);
    }

    /** Units that count the same thing: 名 and 人 both count persons; ㎡, 平米 and 平方米 are one unit. */
    public String unitClass() {
        return unitClass(unit);
    }

    public static String unitClass(String unit) {
        return switch (unit) {
            case "名" -> "人";
            case "㎡", "平米" -> "平方米";
            case "％" -> "%";
            default -> unit;
        };
    }

    boolean isCount() {
        return !(unit.equals("元") || unit.equals("平方米") || unit.equals("平米") || unit.equals("㎡")
                || unit.equals("亩") || unit.equals("公顷") || isShare());
    }

    boolean isShare() {
        return unit.equals("%") || unit.equals("％") || unit.equals("个百分点");
    }

    /** The range of true values the figure allows, in base units. */
    public Interval interval() {
        BigDecimal step = step();
        // counts of persons, schools, projects are exact; amounts and areas are rounded to their last digit
        BigDecimal rounding = isCount() && scale == 0 && multiplier.compareTo(BigDecimal.ONE) == 0
                ? BigDecimal.ZERO
                : BigDecimal.ONE.movePointLeft(Math.max(scale, 0)).divide(BigDecimal.valueOf(2));
        BigDecimal v = value;
        Interval written = switch (approximation) {
            case EXACT -> new Interval(v.subtract(rounding), v.add(rounding));
            case AT_LEAST -> new Interval(v, v.add(step));
            case OVER -> new Interval(v, null);
            case ABOUT -> {
                BigDecimal spread = step.max(v.movePointLeft(1));
                yield new Interval(v.subtract(spread), v.add(spread));
            }
            case AT_MOST -> new Interval(v.subtract(step.max(v.movePointLeft(1))), v.add(rounding));
        };
        return written.times(multiplier);
    }

    /** One unit of the last significant digit written: 3315 → 1, 200 → 100, 1.5 → 0.1. */
    private BigDecimal step() {
        if (scale > 0) {
            return BigDecimal.ONE.movePointLeft(scale);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int zeros = stripped.scale() < 0 ? -stripped.scale() : 0;
        return BigDecimal.ONE.movePointRight(zeros);
    }

    /** A base amount shown in this figure's multiplier and unit: 32643100 元 as 3264.31万元. */
    public String show(BigDecimal base) {
        return plain(base.divide(multiplier)) + (multiplier.compareTo(BigDecimal.ONE) == 0 ? "" : multiplierWord()) + unit;
    }

    /** The same, without the unit (for sums in a table column). */
    public String showNumber(BigDecimal base) {
        return plain(base.divide(multiplier));
    }

    private String multiplierWord() {
        if (multiplier.compareTo(new BigDecimal("10000")) == 0) {
            return "万";
        }
        if (multiplier.compareTo(new BigDecimal("100000000")) == 0) {
            return "亿";
        }
        if (multiplier.compareTo(new BigDecimal("1000")) == 0) {
            return "千";
        }
        return "";
    }

    public static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** A closed range; {@code high} is null when there is no upper bound. */
    public record Interval(BigDecimal low, BigDecimal high) {

        public static final Interval ZERO = new Interval(BigDecimal.ZERO, BigDecimal.ZERO);

        public Interval plus(Interval other) {
            BigDecimal newHigh = high == null || other.high == null ? null : high.add(other.high);
            return new Interval(low.add(other.low), newHigh);
        }

        Interval times(BigDecimal factor) {
            return new Interval(low.multiply(factor), high == null ? null : high.multiply(factor));
        }

        public boolean overlaps(Interval other) {
            boolean belowOther = high != null && high.compareTo(other.low) < 0;
            boolean aboveOther = other.high != null && other.high.compareTo(low) < 0;
            return !belowOther && !aboveOther;
        }

        /** Everything in this range is more than everything in {@code other}. */
        boolean exceeds(Interval other) {
            return other.high != null && low.compareTo(other.high) > 0;
        }
    }
}
