package org.gongkai.render.data;

import java.util.List;
import java.util.Map;

import org.gongkai.model.AidRecord;

/** The columns of the aid downloads. */
final class AidTable {

    static final List<String> HEADER = List.of("资助项目", "学段", "地区", "年度", "期间", "受助数量", "数量单位",
            "金额（万元）", "资助标准", "资金层级", "类别", "是否约数", "截至日期", "备注");

    private AidTable() {
    }

    static Downloads<AidRecord> downloads() {
        return new Downloads<>("学生资助", HEADER, Map.of(3, CellFormat.PLAIN, 5, CellFormat.PLAIN, 7, CellFormat.WAN), a -> List.of(a.program(),
                a.stage().map(s -> s.label()).orElse(""), a.region(), String.valueOf(a.year()), a.term().label(),
                a.recipients().isPresent() ? String.valueOf(a.recipients().getAsInt()) : "",
                a.recipientUnit().map(u -> u.label()).orElse(""), a.amount().map(w -> w.plain()).orElse(""),
                a.perCapitaStandard(), a.fundingLevel().label(), a.kind().label(), a.approximate() ? "是" : "否",
                a.asOf().toString(), a.notes()));
    }
}
