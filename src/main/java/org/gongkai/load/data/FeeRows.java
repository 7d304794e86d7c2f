package org.gongkai.load.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.model.Contacts;
import org.gongkai.model.Fee;
import org.gongkai.model.FeeStatus;
import org.gongkai.model.FeeTerm;
import org.gongkai.model.FeeType;
import org.gongkai.model.FeeUnit;
import org.gongkai.model.Labelled;
import org.gongkai.model.SchoolYear;
import org.gongkai.model.Stage;
import org.gongkai.model.Yuan;
import org.gongkai.problem.Text;

/** fees.csv: one fee item of one school for one school year (samples/README.md, "fees.csv"). */
final class FeeRows implements DatasetRows<Fee> {

    static final List<Column> COLUMNS = List.of(
            Column.required("school", "宿松中学"),
            Column.required("stage", "普通高中"),
            Column.required("school_year", "2012-2013"),
            Column.required("term", "全学年"),
            Column.required("item", "住宿费"),
            Column.required("fee_type", "行政事业性收费"),
            Column.required("amount", "240.00"),
            Column.required("unit", "元/生·学期"),
            Column.required("status", "收取"),
            Column.required("voluntary", "否"),
            Column.required("effective_from", "2012-09-01"),
            Column.required("effective_to", "2013-08-31"),
            Column.required("basis_doc", "《关于宿松中学收费标准的批复》"),
            Column.optional("basis_doc_no", "宿价〔2012〕21号"),
            Column.required("approving_authority", "宿松县物价局"),
            Column.optional("complaint_phone", "0556-1001001"),
            Column.optional("price_hotline", "12315"),
            Column.optional("notes", "仅向住校生收取"));

    /** 机关代字〔YYYY〕N号, with the 六角括号 of GB/T 9704. */
    static final Pattern DOC_NO = Pattern.compile("\\S+〔\\d{4}〕\\d+号");
    private static final Pattern DOC_NO_OTHER_BRACKETS = Pattern.compile("(\\S+?)\\s*[\\[［【(（〔]\\s*(\\d{4})\\s*[\\]］】)）〕]\\s*(\\d+)\\s*号");
    /** The separators that stand in for the middle dot of 元/生·年. */
    private static final Pattern UNIT_DOT = Pattern.compile("[.．•・･‧∙⋅]");

    private final Contacts contacts;

    FeeRows(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public String name() {
        return "fees";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Optional<Fee> read(RowFields f) {
        String school = f.required("school");
        Optional<Stage> stage = f.choice("stage", Stage.class);
        Optional<SchoolYear> schoolYear = f.schoolYear("school_year");
        Optional<FeeTerm> term = f.choice("term", FeeTerm.class);
        String item = f.required("item");
        Optional<FeeType> feeType = f.choice("fee_type", FeeType.class);
        Optional<Yuan> amount = f.yuan("amount");
        Optional<FeeUnit> unit = unit(f);
        Optional<FeeStatus> status = f.choice("status", FeeStatus.class);
        Optional<Boolean> voluntary = f.yesNo("voluntary");
        Optional<LocalDate> from = f.date("effective_from");
        Optional<LocalDate> to = f.date("effective_to");
        String basisDoc = f.required("basis_doc");
        String basisDocNo = f.text("basis_doc_no");
        String authority = f.required("approving_authority");
        String complaintPhone = phone(f, "complaint_phone", contacts.complaintPhone(), "complaint_phone: \"0556-1001001\"");
        String priceHotline = phone(f, "price_hotline", contacts.priceHotline(), "price_hotline: \"12315\"");
        String notes = f.text("notes");

        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            f.error("effective_to", Text.of("data.fee.datesReversed", to.get(), from.get()), schoolYear
                    .map(year -> Text.of("data.fee.datesReversed.hint", year))
                    .orElse(Text.of("data.fee.datesReversed.hint.noYear")));
        }
        if (amount.isPresent() && status.isPresent()) {
            if (status.get() == FeeStatus.EXEMPT && !amount.get().isZero()) {
                f.error("amount", Text.of("data.fee.exemptAmount", amount.get().plain()), Text.of("data.fee.exemptAmount.hint"));
            } else if (status.get() == FeeStatus.CHARGED && amount.get().isZero()) {
                f.warning("amount", Text.of("data.fee.chargedZero"), Text.of("data.fee.chargedZero.hint"));
            }
        }
        if (!basisDocNo.isEmpty()) {
            checkDocNo(f, basisDocNo);
        }
        if (stage.isPresent() && schoolYear.isPresent() && term.isPresent() && !school.isEmpty() && !item.isEmpty()) {
            // the same item given twice: known only once the rows before are, so checked in file order later. The
            // 学段 is part of the item: a 九年一贯制 school's 小学 and 初中 each charge their own 住宿费.
            String key = school + '\u0000' + stage.get() + '\u0000' + schoolYear.get() + '\u0000' + term.get() + '\u0000' + item;
            String section = stage.get().label();
            SchoolYear year = schoolYear.get();
            FeeTerm feeTerm = term.get();
            f.unique(key, "item", earlier -> Text.of("data.fee.twice", item, school, section, year, feeTerm.label(), earlier),
                    Text.of("data.fee.twice.hint"));
        }
        if (f.failed()) {
            return Optional.empty();
        }
        return Optional.of(new Fee(school, stage.get(), schoolYear.get(), term.get(), item, feeType.get(), amount.get(),
                unit.get(), status.get(), voluntary.get(), from.get(), to.get(), basisDoc, basisDocNo, authority,
                complaintPhone, priceHotline, notes));
    }

    /** 元/生.年 is what Excel, WPS and the seeds write; it is read as 元/生·年 with a warning. */
    private static Optional<FeeUnit> unit(RowFields f) {
        return f.value("unit").flatMap(text -> {
            Optional<FeeUnit> exact = Labelled.fromLabel(FeeUnit.class, text);
            if (exact.isPresent()) {
                return exact;
            }
            String fixed = UNIT_DOT.matcher(text.replace(" ", "")).replaceAll("·").replace('／', '/');
            Optional<FeeUnit> normalised = Labelled.fromLabel(FeeUnit.class, fixed);
            if (normalised.isPresent()) {
                f.warning("unit", Text.of("data.fee.unitDot", text, fixed), Text.of("data.fee.unitDot.hint", fixed));
                return normalised;
            }
            f.error("unit", Text.of("data.choice.notAllowed", "unit", text),
                    Text.of("data.choice.notAllowed.hint", Labelled.allowedLabels(FeeUnit.class)));
            return Optional.empty();
        });
    }

    private static String phone(RowFields f, String column, String bureauNumber, String yamlExample) {
        String phone = f.text(column);
        if (phone.isEmpty() && bureauNumber.isEmpty()) {
            f.error(column, Text.of("data.fee.phone", column), Text.of("data.fee.phone.hint", yamlExample));
        }
        return phone.isEmpty() ? bureauNumber : phone;
    }

    /** A malformed 文号 is still publishable, so it is a warning; the hint gives the corrected form when it can. */
    private static void checkDocNo(RowFields f, String docNo) {
        if (DOC_NO.matcher(docNo).matches()) {
            return;
        }
        Matcher other = DOC_NO_OTHER_BRACKETS.matcher(docNo);
        Text hint = other.matches()
                ? Text.of("data.fee.docNo.brackets.hint", other.group(1) + "〔" + other.group(2) + "〕" + other.group(3) + "号")
                : Text.of("data.fee.docNo.hint");
        f.warning("basis_doc_no", Text.of("data.fee.docNo", docNo), hint);
    }
}
