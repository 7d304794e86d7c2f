package org.gongkai.render.data;

import java.util.List;
import java.util.Map;

import org.gongkai.model.Fee;

/** The columns of the fee downloads: the table on the page, one school and item per row. */
final class FeeTable {

    static final List<String> HEADER = List.of("学校", "学段", "学年", "学期", "收费项目", "收费性质", "收费标准（元）",
            "计费单位", "上学年标准（元）", "收取情况", "是否自愿", "执行起始日期", "执行截止日期", "收费依据", "文号",
            "审批机关", "教育收费投诉电话", "价格举报电话", "备注");

    private FeeTable() {
    }

    static Downloads<Fee> downloads(FeeHistory history) {
        return new Downloads<>("收费公示", HEADER, Map.of(6, CellFormat.YUAN, 8, CellFormat.YUAN), fee -> List.of(fee.school(), fee.stage().label(),
                fee.schoolYear().toString(), fee.term().label(), fee.item(), fee.feeType().label(), fee.amount().plain(),
                fee.unit().label(), previousAmount(history, fee),
                fee.status().label(), fee.voluntary() ? "是" : "否", fee.effectiveFrom().toString(),
                fee.effectiveTo().toString(), fee.basisDoc(), fee.basisDocNo(), fee.approvingAuthority(),
                fee.complaintPhone(), fee.priceHotline(), fee.notes()));
    }

    private static String previousAmount(FeeHistory history, Fee fee) {
        Fee before = history.changedFrom(fee);
        return before == null ? "" : before.amount().plain();
    }
}
