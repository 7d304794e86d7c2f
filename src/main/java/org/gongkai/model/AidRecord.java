package org.gongkai.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One student-aid disbursement (a row of aid.csv). A {@link AidKind#LOAN} row is listed apart and never added
 * to an aid total; recipients are counted in their own unit.
 *
 * @param stage empty when the programme spans stages
 * @param recipientUnit present whenever {@code recipients} is
 */
public record AidRecord(String program, Optional<AidStage> stage, String region, int year, AidTerm term,
                        OptionalInt recipients, Optional<RecipientUnit> recipientUnit, Optional<WanYuan> amount,
                        String perCapitaStandard, FundingLevel fundingLevel, AidKind kind, boolean approximate,
                        LocalDate asOf, String notes) {

    public AidRecord {
        Objects.requireNonNull(program, "program must not be null");
        Objects.requireNonNull(stage, "stage must not be null");
        Objects.requireNonNull(region, "region must not be null");
        Objects.requireNonNull(term, "term must not be null");
        Objects.requireNonNull(recipients, "recipients must not be null");
        Objects.requireNonNull(recipientUnit, "recipientUnit must not be null");
        if (recipients.isPresent() && recipientUnit.isEmpty()) {
            throw new IllegalArgumentException("a count needs its unit: " + program);
        }
        Objects.requireNonNull(amount, "amount must not be null");
        perCapitaStandard = perCapitaStandard == null ? "" : perCapitaStandard;
        Objects.requireNonNull(fundingLevel, "fundingLevel must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        notes = notes == null ? "" : notes;
    }
}
