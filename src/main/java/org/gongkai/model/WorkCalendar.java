package org.gongkai.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days as the State Council's yearly 节假日安排 notice sets them: Monday to Friday, less the days off
 * (放假), plus the weekend days that are worked (调休上班). Only the years the table holds can be counted; for any
 * other year {@link #covers} says no rather than guessing.
 *
 * @param years each year's days off and worked weekend days
 */
public record WorkCalendar(Map<Integer, Year> years) {

    /** The days off and the weekend days worked of one year. */
    public record Year(Set<LocalDate> off, Set<LocalDate> worked) {
        public Year {
            off = Set.copyOf(off);
            worked = Set.copyOf(worked);
        }
    }

    public static final WorkCalendar EMPTY = new WorkCalendar(Map.of());

    public WorkCalendar {
        Objects.requireNonNull(years, "years must not be null");
        years = Map.copyOf(years);
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    public SortedSet<Integer> coveredYears() {
        return new TreeSet<>(years.keySet());
    }

    /** This table with the years of {@code other} added; a year in both is taken from {@code other}. */
    public WorkCalendar with(WorkCalendar other) {
        Map<Integer, Year> merged = new TreeMap<>(years);
        merged.putAll(other.years());
        return new WorkCalendar(merged);
    }

    /** Whether {@code day} is a working day; only for a day of a {@linkplain #covers covered} year. */
    public boolean isWorkday(LocalDate day) {
        Year year = years.get(day.getYear());
        if (year == null) {
            throw new IllegalArgumentException("no holiday table for " + day.getYear());
        }
        if (year.worked().contains(day)) {
            return true;
        }
        return !isWeekend(day) && !year.off().contains(day);
    }

    /** Saturday or Sunday: a day off unless the holiday notice makes it a working day (调休). */
    public static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * The working days after {@code from} up to and including {@code to} (the 条例 counts from the day after),
     * or -1 when a year in between is not in the table.
     */
    public int workdaysAfter(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!covers(y)) {
                return -1;
            }
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkday(day)) {
                count++;
            }
        }
        return count;
    }
}
