package org.gongkai.render.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.model.Project;
import org.gongkai.model.WanYuan;

/** The columns of the project downloads. */
final class ProjectTable {

    static final List<String> HEADER = List.of("项目", "项目类别", "地区", "地点", "年度", "建设性质", "状态", "状态截至日期",
            "金额（万元）", "中央（万元）", "省级（万元）", "市级（万元）", "县级（万元）", "其他（万元）", "资金来源", "出资方",
            "资金性质", "是否约数", "数量", "数量单位", "面积（平方米）", "成果", "计划完工日期", "备注");

    private ProjectTable() {
    }

    static Downloads<Project> downloads() {
        return new Downloads<>("项目建设", HEADER, Map.of(4, CellFormat.PLAIN, 8, CellFormat.WAN, 9, CellFormat.WAN,
                10, CellFormat.WAN, 11, CellFormat.WAN, 12, CellFormat.WAN, 13, CellFormat.WAN, 18, CellFormat.PLAIN,
                20, CellFormat.PLAIN), p -> List.of(p.project(),
                p.program(), p.region(), p.site(), String.valueOf(p.year()), p.worksType(), p.status().label(),
                p.statusAsOf().toString(), plain(p.total()), plain(p.central()), plain(p.provincial()),
                plain(p.municipal()), plain(p.county()), plain(p.other()), p.fundingSource(), p.funder(),
                p.amountKind().map(k -> k.label()).orElse(""), p.approximate() ? "是" : "否",
                p.itemCount().isPresent() ? String.valueOf(p.itemCount().getAsInt()) : "", p.countUnit(),
                p.areaSqm().isPresent() ? String.valueOf(p.areaSqm().getAsLong()) : "", p.outputs(),
                p.plannedCompletion().map(Object::toString).orElse(""), p.notes()));
    }

    private static String plain(Optional<WanYuan> amount) {
        return amount.map(WanYuan::plain).orElse("");
    }
}
