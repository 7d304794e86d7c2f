package org.gongkai.render.data;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.model.Fee;
import org.gongkai.model.FeeTerm;
import org.gongkai.model.Stage;

/**
 * Each fee item against the same school's item (same 学段 and term) in the previous school year: changed standards
 * and new items. The 学段 is part of the item: a 九年一贯制 school's 小学 and 初中 each have their own 住宿费. Worked out once for all rows, since every page, download and year summary asks; read-only after.
 */
final class FeeHistory {

    /** What the history says of one row; rows with nothing to say (first year of a school) have no entry. */
    private record Entry(Fee previous, boolean changed) {
    }

    /** One item of one school in one school year: the fields are compared, never concatenated into a String. */
    private record ItemKey(String school, Stage stage, int startYear, FeeTerm term, String item) {
    }

    /** One 学段 of a school in one school year: a section new that year has nothing to compare with, like a new school. */
    private record SchoolYearKey(String school, Stage stage, int startYear) {
    }

    private static final Entry ADDED = new Entry(null, false);

    /** Keyed by identity: the rows are distinct records, and a record's own hash would walk all its fields. */
    private final Map<Fee, Entry> entries = new IdentityHashMap<>();

    FeeHistory(List<Fee> fees) {
        Map<ItemKey, Fee> byItem = new HashMap<>(fees.size() * 2);
        Set<SchoolYearKey> schoolYears = new HashSet<>();
        for (Fee fee : fees) {
            byItem.put(new ItemKey(fee.school(), fee.stage(), fee.schoolYear().startYear(), fee.term(), fee.item()), fee);
            schoolYears.add(new SchoolYearKey(fee.school(), fee.stage(), fee.schoolYear().startYear()));
        }
        for (Fee fee : fees) {
            int before = fee.schoolYear().startYear() - 1;
            Fee previous = byItem.get(new ItemKey(fee.school(), fee.stage(), before, fee.term(), fee.item()));
            if (previous != null) {
                boolean changed = previous.amount().compareTo(fee.amount()) != 0 || previous.unit() != fee.unit();
                entries.put(fee, new Entry(previous, changed));
            } else if (schoolYears.contains(new SchoolYearKey(fee.school(), fee.stage(), before))) {
                entries.put(fee, ADDED);
            }
        }
    }

    Optional<Fee> previous(Fee fee) {
        Entry entry = entries.get(fee);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.previous());
    }

    /** The standard (amount or unit) differs from the previous school year's. */
    boolean changed(Fee fee) {
        Entry entry = entries.get(fee);
        return entry != null && entry.changed();
    }

    /** The previous school year's row when the standard changed against it, else null. */
    Fee changedFrom(Fee fee) {
        Entry entry = entries.get(fee);
        return entry != null && entry.changed() ? entry.previous() : null;
    }

    /** The school's 学段 published fees the previous school year, but not this item. */
    boolean isNew(Fee fee) {
        return entries.get(fee) == ADDED;
    }
}
