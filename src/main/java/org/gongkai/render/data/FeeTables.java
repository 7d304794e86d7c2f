package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.gongkai.model.Fee;
import org.gongkai.model.FeeStatus;
import org.gongkai.model.Stage;

/**
 * The fee tables as the pages show them: one per school and 学段 of a school year. A school with two 学段 (九年一贯制:
 * 小学 and 初中; 完全中学: 初中 and 普通高中) has a table for each, its caption and anchor naming the 学段, since
 * each section charges its own items (the same 住宿费 twice, at two standards).
 */
final class FeeTables {

    private final FeeHistory history;

    FeeTables(FeeHistory history) {
        this.history = history;
    }

    /**
     * One table.
     *
     * @param title what the caption names before the count: the school and school year, and the 学段 when the
     *     school has more than one
     */
    FeesView.SchoolView table(String name, String id, String title, List<Fee> rows, String moreUrl, String moreLabel) {
        return new FeesView.SchoolView(name, id, id + "-caption", title + "收费项目（" + rows.size() + "项）",
                distinct(rows, Fee::complaintPhone), distinct(rows, Fee::priceHotline), rows.stream().map(this::row).toList(),
                moreUrl, moreLabel);
    }

    private FeesView.FeeRowView row(Fee fee) {
        Fee before = history.changedFrom(fee);
        String previous = before == null ? ""
                : before.amount().plain() + (before.unit() != fee.unit() ? " " + before.unit().label() : "");
        return new FeesView.FeeRowView(fee.item(), fee.term().label(), fee.feeType().label(), DataFormats.yuan(fee.amount()),
                fee.unit().label(), fee.status().label(), fee.status() == FeeStatus.EXEMPT,
                fee.status() == FeeStatus.REDUCED, fee.voluntary(), before != null, previous, history.isNew(fee),
                fee.basisDoc(), fee.basisDocNo(), fee.approvingAuthority(),
                DataFormats.validity(fee.effectiveFrom(), fee.effectiveTo()), fee.notes());
    }

    /** The rows of each 学段 in the order of {@link Stage}, each in file order. */
    static Map<Stage, List<Fee>> byStage(List<Fee> rows) {
        Map<Stage, List<Fee>> stages = new EnumMap<>(Stage.class);
        rows.forEach(fee -> stages.computeIfAbsent(fee.stage(), s -> new ArrayList<>()).add(fee));
        return stages;
    }

    /** {@code primary}, {@code junior} …: the 学段's part of an anchor. */
    static String key(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }

    /** The school's name, with the 学段 when the school has more than one that school year. */
    static String name(String school, Stage stage, boolean severalStages) {
        return severalStages ? school + "（" + stage.label() + "）" : school;
    }

    private static String distinct(List<Fee> rows, Function<Fee, String> number) {
        Set<String> numbers = new LinkedHashSet<>();
        rows.forEach(r -> numbers.add(number.apply(r)));
        numbers.remove("");
        return String.join("、", numbers);
    }
}
