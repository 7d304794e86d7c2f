package org.gongkai.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One fee item of one school for one school year (a row of fees.csv). An item the school does not charge is
 * still a row, with amount 0.00 and status 免收.
 *
 * @param basisDocNo 文号, empty when the basis document is cited without one
 * @param complaintPhone the row's number, or the bureau's from site.yaml when the row has none
 * @param priceHotline the row's number, or the bureau's from site.yaml when the row has none
 * @param notes empty when none
 */
public record Fee(String school, Stage stage, SchoolYear schoolYear, FeeTerm term, String item, FeeType feeType,
                  Yuan amount, FeeUnit unit, FeeStatus status, boolean voluntary, LocalDate effectiveFrom,
                  LocalDate effectiveTo, String basisDoc, String basisDocNo, String approvingAuthority,
                  String complaintPhone, String priceHotline, String notes) {

    public Fee {
        Objects.requireNonNull(school, "school must not be null");
        Objects.requireNonNull(stage, "stage must not be null");
        Objects.requireNonNull(schoolYear, "schoolYear must not be null");
        Objects.requireNonNull(term, "term must not be null");
        Objects.requireNonNull(item, "item must not be null");
        Objects.requireNonNull(feeType, "feeType must not be null");
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom must not be null");
        Objects.requireNonNull(effectiveTo, "effectiveTo must not be null");
        Objects.requireNonNull(basisDoc, "basisDoc must not be null");
        basisDocNo = basisDocNo == null ? "" : basisDocNo;
        Objects.requireNonNull(approvingAuthority, "approvingAuthority must not be null");
        complaintPhone = complaintPhone == null ? "" : complaintPhone;
        priceHotline = priceHotline == null ? "" : priceHotline;
        notes = notes == null ? "" : notes;
    }
}
