package org.gongkai.render.data;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.model.Fee;
import org.gongkai.model.SchoolYear;

/**
 * Each fee item against the same school's item (same term) in the previous school year: changed standards and
 * new items. Worked out once for all rows, since every page, download and year summary asks.
 */
final class FeeHistory {

    /** Keyed by identity: the rows are distinct records, and a record's own hash would walk all its fields. */
    private final Map<Fee, Fee> previous = new IdentityHashMap<>();
    private final Set<Fee> added = Collections.newSetFromMap(new IdentityHashMap<>());

    FeeHistory(Iterable<Fee> fees) {
        Map<String, Fee> byItem = new HashMap<>();
        Set<String> schoolYears = new HashSet<>();
        for (Fee fee : fees) {
            byItem.put(key(fee.school(), fee.schoolYear(), fee), fee);
            schoolYears.add(fee.school() + '\u0000' + fee.schoolYear());
        }
        for (Fee fee : fees) {
            Fee before = byItem.get(key(fee.school(), fee.schoolYear().previous(), fee));
            if (before != null) {
                previous.put(fee, before);
            } else if (schoolYears.contains(fee.school() + '\u0000' + fee.schoolYear().previous())) {
                added.add(fee);
            }
        }
    }

    private static String key(String school, SchoolYear year, Fee fee) {
        return school + '\u0000' + year + '\u0000' + fee.term() + '\u0000' + fee.item();
    }

    Optional<Fee> previous(Fee fee) {
        return Optional.ofNullable(previous.get(fee));
    }

    /** The standard (amount or unit) differs from the previous school year's. */
    boolean changed(Fee fee) {
        Fee before = previous.get(fee);
        return before != null && (before.amount().compareTo(fee.amount()) != 0 || before.unit() != fee.unit());
    }

    /** The school published fees the previous school year, but not this item. */
    boolean isNew(Fee fee) {
        return added.contains(fee);
    }
}
