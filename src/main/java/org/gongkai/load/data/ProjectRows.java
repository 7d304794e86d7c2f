package org.gongkai.load.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.gongkai.model.AmountKind;
import org.gongkai.model.Project;
import org.gongkai.model.ProjectStatus;
import org.gongkai.model.WanYuan;
import org.gongkai.problem.Text;

/** projects.csv: one project or project group (samples/README.md, "projects.csv"). */
final class ProjectRows implements DatasetRows<Project> {

    static final List<Column> COLUMNS = List.of(
            Column.required("project", "校舍安全工程（加固类、重建类）"),
            Column.required("program", "中小学校舍安全工程"),
            Column.required("region", "宿松县"),
            Column.required("site", "全县中小学"),
            Column.required("year", "2011"),
            Column.required("works_type", "加固/重建"),
            Column.required("status", "在建"),
            Column.required("status_as_of", "2011-12-30"),
            Column.optional("total_wan", "4765"),
            Column.optional("central_wan", "2356"),
            Column.optional("provincial_wan", "0"),
            Column.optional("municipal_wan", "1666"),
            Column.optional("county_wan", "2214"),
            Column.optional("other_wan", "337.07"),
            Column.optional("funding_source", "县级财政"),
            Column.optional("funder", "世界银行"),
            Column.optional("amount_kind", "到位"),
            Column.required("approximate", "否"),
            Column.optional("item_count", "112"),
            Column.optional("count_unit", "个项目"),
            Column.optional("area_sqm", "86596"),
            Column.optional("outputs", "新增学位4050个"),
            Column.optional("planned_completion", "2009-09-01"),
            Column.optional("notes", ""));

    private static final List<String> SPLIT = List.of("central_wan", "provincial_wan", "municipal_wan", "county_wan", "other_wan");

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Optional<Project> read(RowFields f) {
        String project = f.required("project");
        String program = f.required("program");
        String region = f.required("region");
        String site = f.required("site");
        OptionalInt year = f.year("year");
        String worksType = f.required("works_type");
        Optional<ProjectStatus> status = f.choice("status", ProjectStatus.class);
        Optional<LocalDate> asOf = f.date("status_as_of");
        Optional<WanYuan> total = f.wan("total_wan");
        List<Optional<WanYuan>> split = new ArrayList<>();
        for (String column : SPLIT) {
            split.add(f.wan(column));
        }
        String fundingSource = f.text("funding_source");
        String funder = f.text("funder");
        Optional<AmountKind> kind = f.choice("amount_kind", AmountKind.class);
        Optional<Boolean> approximate = f.yesNo("approximate");
        OptionalInt itemCount = f.count("item_count", "112");
        String countUnit = f.text("count_unit");
        OptionalLong area = f.integer("area_sqm", "86596");
        String outputs = f.text("outputs");
        Optional<LocalDate> planned = f.date("planned_completion");
        String notes = f.text("notes");

        if (total.isPresent() && kind.isEmpty() && f.text("amount_kind").isEmpty()) {
            f.error("amount_kind", Text.of("data.project.amountKind"), Text.of("data.project.amountKind.hint"));
        }
        if (itemCount.isPresent() && countUnit.isEmpty()) {
            f.error("count_unit", Text.of("data.project.countUnit"), Text.of("data.project.countUnit.hint"));
        }
        checkSplit(f, total, split);
        if (f.failed()) {
            return Optional.empty();
        }
        return Optional.of(new Project(project, program, region, site, year.getAsInt(), worksType, status.get(),
                asOf.get(), total, split.get(0), split.get(1), split.get(2), split.get(3), split.get(4), fundingSource,
                funder, kind, approximate.get(), itemCount, countUnit, area, outputs, planned, notes));
    }

    /** The split by level, when given, adds up to total_wan exactly. */
    private static void checkSplit(RowFields f, Optional<WanYuan> total, List<Optional<WanYuan>> split) {
        if (split.stream().allMatch(Optional::isEmpty)) {
            return;
        }
        WanYuan sum = WanYuan.ZERO;
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < SPLIT.size(); i++) {
            if (split.get(i).isPresent()) {
                sum = sum.plus(split.get(i).get());
                terms.add(SPLIT.get(i) + " " + split.get(i).get().plain());
            }
        }
        if (total.isEmpty()) {
            if (f.text("total_wan").isEmpty()) {
                f.error("total_wan", Text.of("data.project.noTotal", String.join(" + ", terms)),
                        Text.of("data.project.noTotal.hint", sum.plain()));
            }
        } else if (!total.get().sameAmount(sum)) {
            f.error("total_wan", Text.of("data.project.splitSum", total.get().plain(), String.join(" + ", terms), sum.plain()),
                    Text.of("data.project.splitSum.hint"));
        }
    }
}
