package org.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.gongkai.model.WorkCalendar;

/** Issue 14: the shipped 节假日安排 table, against what the State Council's notices say. */
class HolidayTableTest {

    private final WorkCalendar table = HolidayTable.shipped();

    @Test
    void coversTheYearsOfTheNoticesAndEveryWorkedDayIsAWeekendDayOfItsYear() {
        assertThat(table.coveredYears()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        table.years().forEach((year, days) -> {
            assertThat(days.worked()).allMatch(d -> d.getYear() == year
                    && (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY));
            assertThat(days.off()).allMatch(d -> d.getYear() == year);
        });
    }

    /**
     * Each year's 调休 nets out: its working days are its weekdays less its 法定节假日 (11 days to 2024, 13 from 2025
     * with 除夕 and 5月2日), and 2020 lost two more to the longer Spring Festival (1月31日 and the worked 2月1日).
     */
    @Test
    void eachYearHasTheWorkingDaysOfItsPublicHolidays() {
        for (int year = 2019; year <= 2026; year++) {
            long weekdays = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                    .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).count();
            int holidays = year >= 2025 ? 13 : 11;
            int extension = year == 2020 ? 2 : 0;
            long workdays = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).filter(table::isWorkday).count();
            assertThat(workdays).as(String.valueOf(year)).isEqualTo(weekdays - holidays - extension);
        }
    }

    @Test
    void theExtendedSpringFestivalOf2020AndTheWorkedSaturdaysOf2026() {
        assertThat(table.isWorkday(LocalDate.of(2020, 1, 31))).isFalse();
        assertThat(table.isWorkday(LocalDate.of(2020, 2, 1))).as("the worked Saturday the extension cancelled").isFalse();
        assertThat(table.isWorkday(LocalDate.of(2020, 2, 3))).isTrue();
        assertThat(table.isWorkday(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(table.isWorkday(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(table.isWorkday(LocalDate.of(2026, 1, 4))).isTrue();
        assertThat(table.workdaysAfter(LocalDate.of(2018, 12, 20), LocalDate.of(2019, 1, 20))).as("2018 is not in the table").isEqualTo(-1);
        assertThat(table.workdaysAfter(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 6))).isEqualTo(3);
    }
}
