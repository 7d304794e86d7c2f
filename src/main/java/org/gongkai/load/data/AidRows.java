package org.gongkai.load.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.gongkai.model.AidKind;
import org.gongkai.model.AidRecord;
import org.gongkai.model.AidStage;
import org.gongkai.model.AidTerm;
import org.gongkai.model.FundingLevel;
import org.gongkai.model.RecipientUnit;
import org.gongkai.model.WanYuan;
import org.gongkai.problem.Text;

/** aid.csv: one student-aid disbursement (samples/README.md, "aid.csv"). */
final class AidRows implements DatasetRows<AidRecord> {

    static final List<Column> COLUMNS = List.of(
            Column.required("program", "国家助学金"),
            Column.optional("stage", "中等职业教育"),
            Column.required("region", "宿松县"),
            Column.required("year", "2011"),
            Column.required("term", "全年"),
            Column.optional("recipients", "2795"),
            Column.optional("recipient_unit", "人"),
            Column.optional("amount_wan", "200"),
            Column.optional("per_capita_standard", "750元/生·年"),
            Column.required("funding_level", "中央和地方"),
            Column.required("kind", "助学金"),
            Column.required("approximate", "否"),
            Column.required("as_of", "2011-12-30"),
            Column.optional("notes", ""));

    @Override
    public String name() {
        return "aid";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Optional<AidRecord> read(RowFields f) {
        String program = f.required("program");
        Optional<AidStage> stage = f.choice("stage", AidStage.class);
        String region = f.required("region");
        OptionalInt year = f.year("year");
        Optional<AidTerm> term = f.choice("term", AidTerm.class);
        OptionalInt recipients = f.count("recipients", "2795");
        Optional<RecipientUnit> unit = f.choice("recipient_unit", RecipientUnit.class);
        Optional<WanYuan> amount = f.wan("amount_wan");
        String standard = f.text("per_capita_standard");
        Optional<FundingLevel> level = f.choice("funding_level", FundingLevel.class);
        Optional<AidKind> kind = f.choice("kind", AidKind.class);
        Optional<Boolean> approximate = f.yesNo("approximate");
        Optional<LocalDate> asOf = f.date("as_of");
        String notes = f.text("notes");

        if (recipients.isPresent() && unit.isEmpty() && f.text("recipient_unit").isEmpty()) {
            f.error("recipient_unit", Text.of("data.aid.recipientUnit"), Text.of("data.aid.recipientUnit.hint"));
        }
        if (f.failed()) {
            return Optional.empty();
        }
        return Optional.of(new AidRecord(program, stage, region, year.getAsInt(), term.get(), recipients, unit, amount,
                standard, level.get(), kind.get(), approximate.get(), asOf.get(), notes));
    }
}
