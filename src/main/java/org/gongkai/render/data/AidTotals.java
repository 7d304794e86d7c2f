package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongkai.model.AidRecord;
import org.gongkai.model.RecipientUnit;
import org.gongkai.model.WanYuan;

/**
 * Sums of aid rows: the money exactly (约 when a figure was approximate), rows without an amount counted, and
 * recipients per unit, since 人, 人次 and 份 are never added together. Loans get their own totals.
 */
final class AidTotals {

    private WanYuan amount = WanYuan.ZERO;
    private boolean approximate;
    private int withAmount;
    private int withoutAmount;
    private final Map<RecipientUnit, Long> recipients = new EnumMap<>(RecipientUnit.class);

    static AidTotals of(List<AidRecord> rows) {
        AidTotals totals = new AidTotals();
        for (AidRecord row : rows) {
            if (row.amount().isPresent()) {
                totals.amount = totals.amount.plus(row.amount().get());
                totals.approximate |= row.approximate();
                totals.withAmount++;
            } else {
                totals.withoutAmount++;
            }
            if (row.recipients().isPresent()) {
                totals.recipients.merge(row.recipientUnit().orElseThrow(), (long) row.recipients().getAsInt(), Long::sum);
            }
        }
        return totals;
    }

    WanYuan amount() {
        return amount;
    }

    String amountText() {
        return withAmount == 0 ? "" : DataFormats.wan(amount, approximate);
    }

    /** 8528人；55758人次: one figure per unit. */
    String recipientsText() {
        List<String> parts = new ArrayList<>();
        recipients.forEach((unit, count) -> parts.add(count + unit.label()));
        return String.join("；", parts);
    }

    String withoutAmountText() {
        return withoutAmount == 0 ? "" : "另有" + withoutAmount + "项未列金额，不计入合计。";
    }

    boolean isEmpty() {
        return withAmount == 0 && withoutAmount == 0;
    }
}
