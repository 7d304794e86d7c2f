package org.gongkai.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One project, or one project group as the source reports it (a row of projects.csv).
 *
 * @param total total amount; with {@code amountKind} present whenever it is
 * @param central the split by level, each empty unless the source gives it; when given they add up to {@code total}
 * @param approximate the source wrote 多, 余, 约 or 超
 * @param countUnit present whenever {@code itemCount} is
 */
public record Project(String project, String program, String region, String site, int year, String worksType,
                      ProjectStatus status, LocalDate statusAsOf, Optional<WanYuan> total, Optional<WanYuan> central,
                      Optional<WanYuan> provincial, Optional<WanYuan> municipal, Optional<WanYuan> county,
                      Optional<WanYuan> other, String fundingSource, String funder, Optional<AmountKind> amountKind,
                      boolean approximate, OptionalInt itemCount, String countUnit, OptionalLong areaSqm,
                      String outputs, Optional<LocalDate> plannedCompletion, String notes) {

    public Project {
        Objects.requireNonNull(project, "project must not be null");
        Objects.requireNonNull(program, "program must not be null");
        Objects.requireNonNull(region, "region must not be null");
        Objects.requireNonNull(site, "site must not be null");
        Objects.requireNonNull(worksType, "worksType must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(statusAsOf, "statusAsOf must not be null");
        Objects.requireNonNull(total, "total must not be null");
        Objects.requireNonNull(amountKind, "amountKind must not be null");
        if (total.isPresent() && amountKind.isEmpty()) {
            throw new IllegalArgumentException("an amount needs its amount_kind: " + project);
        }
        fundingSource = fundingSource == null ? "" : fundingSource;
        funder = funder == null ? "" : funder;
        countUnit = countUnit == null ? "" : countUnit;
        outputs = outputs == null ? "" : outputs;
        notes = notes == null ? "" : notes;
    }

    public boolean hasSplit() {
        return central.isPresent() || provincial.isPresent() || municipal.isPresent() || county.isPresent()
                || other.isPresent();
    }
}
