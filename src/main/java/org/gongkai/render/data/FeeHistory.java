package org.gongkai.render.data;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.model.Fee;
import org.gongkai.model.SchoolYear;

/** Each fee item against the same school's item in the previous school year: changed standards and new items. */
final class FeeHistory {

    private final Map<String, Fee> byItem = new HashMap<>();
    private final Set<String> schoolYears = new HashSet<>();

    FeeHistory(Iterable<Fee> fees) {
        for (Fee fee : fees) {
            byItem.put(key(fee.school(), fee.schoolYear(), fee), fee);
            schoolYears.add(fee.school() + '\u0000' + fee.schoolYear());
        }
    }

    private static String key(String school, SchoolYear year, Fee fee) {
        return school + '\u0000' + year + '\u0000' + fee.term() + '\u0000' + fee.item();
    }

    Optional<Fee> previous(Fee fee) {
        return Optional.ofNullable(byItem.get(key(fee.school(), fee.schoolYear().previous(), fee)));
    }

    /** The standard (amount or unit) differs from the previous school year's. */
    boolean changed(Fee fee) {
        return previous(fee).map(p -> p.amount().compareTo(fee.amount()) != 0 || p.unit() != fee.unit()).orElse(false);
    }

    /** The school published fees the previous school year, but not this item. */
    boolean isNew(Fee fee) {
        return previous(fee).isEmpty() && schoolYears.contains(fee.school() + '\u0000' + fee.schoolYear().previous());
    }
}
