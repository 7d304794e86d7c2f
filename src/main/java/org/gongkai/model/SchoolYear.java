package org.gongkai.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year (学年), September to August, written {@code 2011-2012}; it starts in {@code startYear}. */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{4})");

    public SchoolYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("school year out of range: " + startYear);
        }
    }

    /** Parses {@code YYYY-YYYY} with consecutive years; anything else is empty. */
    public static Optional<SchoolYear> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (second != first + 1 || first < 1900 || first > 2998) {
            return Optional.empty();
        }
        return Optional.of(new SchoolYear(first));
    }

    public int endYear() {
        return startYear + 1;
    }

    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    /** {@code 2011-2012}: the form of the data files, also used in URLs. */
    @Override
    public String toString() {
        return startYear + "-" + endYear();
    }

    /** {@code 2011—2012学年}, as pages say it. */
    public String label() {
        return startYear + "—" + endYear() + "学年";
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
