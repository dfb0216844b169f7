package org.perfportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.chinaOfficial();

    @Test
    void nationalDayWeek2025IsOffAndItsMakeUpWeekendsAreWorked() {
        for (LocalDate day = LocalDate.of(2025, 10, 1); !day.isAfter(LocalDate.of(2025, 10, 8)); day = day.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day + " is in the 国庆节、中秋节 block");
        }
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 9, 28)), "Sunday 09-28 is a make-up working day");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 10, 11)), "Saturday 10-11 is a make-up working day");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 10, 9)), "Thursday after the block");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 10, 12)), "an ordinary Sunday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 9, 27)), "an ordinary Saturday");
    }

    @Test
    void springFestival2025And2026() {
        // 2025: 01-28 (除夕) .. 02-04 off; Sunday 01-26 and Saturday 02-08 worked.
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 1, 28)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 2, 4)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 1, 26)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 2, 8)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 2, 5)));
        // 2026: 02-15 .. 02-23 off (9 days); Saturdays 02-14 and 02-28 worked.
        // (02-15..02-23) holds 6 weekdays, all off; the working days of February 2026 are
        // 20 weekdays - 6 + 2 make-up Saturdays = 16.
        assertEquals(16, calendar.workingDaysBetween(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 14)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 23)));
    }

    @Test
    void spanAcrossAMakeUpSaturdayCountsIt() {
        // (Fri 2025-10-10, Mon 2025-10-13]: Sat 10-11 (make-up) + Mon 10-13 = 2; Sun 10-12 is off.
        assertEquals(2, calendar.workingDaysBetween(LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 13)));
        // The same span a week later has no make-up day: only Mon 10-20.
        assertEquals(1, calendar.workingDaysBetween(LocalDate.of(2025, 10, 17), LocalDate.of(2025, 10, 20)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 13)));
    }

    @Test
    void thirtyWorkingDaysAfterMidSeptember2025() {
        // From Mon 2025-09-15 (excluded): 09-16..19 (4), 09-22..26 (9), Sun 09-28 make-up (10),
        // 09-29..30 (12), 10-01..08 off, 10-09..10 (14), Sat 10-11 make-up (15), 10-13..17 (20),
        // 10-20..24 (25), 10-27..31 (30) -> Friday 2025-10-31.
        assertEquals(LocalDate.of(2025, 10, 31), calendar.addWorkingDays(LocalDate.of(2025, 9, 15), 30));
        assertEquals(30, calendar.workingDaysBetween(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 10, 31)));
    }

    @Test
    void addingFromAHolidayStartsCountingOnTheNextWorkingDay() {
        // From 2025-10-01 (a holiday): first working day after it is Thu 10-09.
        assertEquals(LocalDate.of(2025, 10, 9), calendar.addWorkingDays(LocalDate.of(2025, 10, 1), 1));
        assertEquals(LocalDate.of(2025, 10, 1), calendar.addWorkingDays(LocalDate.of(2025, 10, 1), 0));
    }

    @Test
    void countingAndAddingAreInverse() {
        LocalDate start = LocalDate.of(2025, 1, 20);
        for (int n = 0; n <= 120; n++) {
            assertEquals(n, calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n)));
        }
    }

    @Test
    void aYearWithoutScheduleIsRefused() {
        CalendarYearMissingException missing =
                assertThrows(CalendarYearMissingException.class, () -> calendar.isWorkingDay(LocalDate.of(2027, 3, 1)));
        assertEquals(2027, missing.year());
        assertTrue(missing.getMessage().contains("2027"));
        assertThrows(CalendarYearMissingException.class, () -> calendar.isWorkingDay(LocalDate.of(2024, 12, 31)));
        // A count that runs off the end of 2026 is refused, not computed on weekends alone.
        assertThrows(CalendarYearMissingException.class, () -> calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 15));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1));
        assertThrows(IllegalArgumentException.class,
                () -> calendar.workingDaysBetween(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 4)));
    }

    @Test
    void scheduleErrorsAreRejectedOnLoad() {
        assertThrows(IllegalArgumentException.class, () -> HolidayScheduleCsv.read(new StringReader(
                "2025-10-09,MAKE_UP_WORKING_DAY,国庆节,test\n")), "a make-up day on a Thursday");
        CalendarEntry holiday = new CalendarEntry(LocalDate.of(2025, 10, 11), CalendarDayKind.HOLIDAY, "国庆节", "test");
        CalendarEntry makeUp = new CalendarEntry(LocalDate.of(2025, 10, 11), CalendarDayKind.MAKE_UP_WORKING_DAY, "国庆节", "test");
        assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar(List.of(holiday, makeUp)));
        assertThrows(IllegalArgumentException.class, () -> HolidayScheduleCsv.read(new StringReader("2025-10-01,HOLIDAY,国庆节\n")));
    }
}
