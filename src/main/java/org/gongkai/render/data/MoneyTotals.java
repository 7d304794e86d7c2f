package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongkai.model.AmountKind;
import org.gongkai.model.WanYuan;

/**
 * Exact sums of project money, one per {@link AmountKind}: planned and budget money is never added to money
 * received or spent. A sum that includes an approximate figure is itself approximate.
 */
final class MoneyTotals {

    /** One kind's sum over {@code count} amounts. */
    record Sum(AmountKind kind, WanYuan total, boolean approximate, int count) {

        String text() {
            return DataFormats.wan(total, approximate);
        }
    }

    private final Map<AmountKind, Sum> sums = new EnumMap<>(AmountKind.class);
    private int withoutAmount;

    void add(AmountKind kind, WanYuan amount, boolean approximate) {
        sums.merge(kind, new Sum(kind, amount, approximate, 1),
                (a, b) -> new Sum(kind, a.total().plus(b.total()), a.approximate() || b.approximate(), a.count() + b.count()));
    }

    void addWithoutAmount() {
        withoutAmount++;
    }

    /** The sums in the order of {@link AmountKind}. */
    List<Sum> sums() {
        return new ArrayList<>(sums.values());
    }

    Sum get(AmountKind kind) {
        return sums.get(kind);
    }

    int withoutAmount() {
        return withoutAmount;
    }
}
