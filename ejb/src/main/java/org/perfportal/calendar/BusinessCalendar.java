package org.perfportal.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The business calendar (工作日历): a date is a working day (工作日) if it is a Monday to Friday
 * that is not a public holiday day, or a Saturday/Sunday declared a make-up working day
 * (调休上班). Built from {@link CalendarEntry} rows so that the schedule stays data; a year
 * without rows is not covered and any question about it fails with
 * {@link CalendarYearMissingException}.
 *
 * <p>Counting convention, shared by {@link #addWorkingDays} and {@link #workingDaysBetween}:
 * the start date is <em>excluded</em> and the end date <em>included</em>, as in "在搬迁结束后
 * 15 个工作日内" — the day the move ends is day 0, the next working day is day 1. Hence
 * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every covered {@code d}.
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessCalendar {

    private final Map<LocalDate, CalendarEntry> entries;
    private final Set<Integer> coveredYears;

    /**
     * @param schedule the rows of every covered year; a date may appear at most once
     */
    public BusinessCalendar(Collection<CalendarEntry> schedule) {
        Map<LocalDate, CalendarEntry> byDate = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        for (CalendarEntry entry : schedule) {
            CalendarEntry previous = byDate.putIfAbsent(entry.date(), entry);
            if (previous != null) {
                throw new IllegalArgumentException(entry.date() + " is listed twice in the holiday schedule ("
                        + previous.kind() + " " + previous.name() + " and " + entry.kind() + " " + entry.name() + ")");
            }
            years.add(entry.date().getYear());
        }
        this.entries = Map.copyOf(byDate);
        this.coveredYears = Collections.unmodifiableSet(years);
    }

    /** The official PRC schedule shipped in {@code calendar/cn-holidays.csv}. */
    public static BusinessCalendar chinaOfficial() {
        return new BusinessCalendar(HolidayScheduleCsv.readResource(HolidayScheduleCsv.CHINA_OFFICIAL));
    }

    /**
     * @throws CalendarYearMissingException if the date's year has no schedule
     */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        CalendarEntry entry = entries.get(date);
        if (entry != null) {
            return entry.kind() == CalendarDayKind.MAKE_UP_WORKING_DAY;
        }
        return !CalendarEntry.isWeekend(date);
    }

    /**
     * The n-th working day after {@code start} ("n 个工作日后"); {@code start} itself is not
     * counted whether or not it is a working day. {@code n == 0} returns {@code start}.
     *
     * @throws IllegalArgumentException     if n is negative
     * @throws CalendarYearMissingException if the count runs into a year without schedule
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + n);
        }
        requireCovered(start);
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The number of working days in the half-open interval (start, end]: start excluded,
     * end included. Zero when {@code start.equals(end)}.
     *
     * @throws IllegalArgumentException     if end is before start
     * @throws CalendarYearMissingException if the interval touches a year without schedule
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        requireCovered(start);
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private void requireCovered(LocalDate date) {
        if (!coveredYears.contains(date.getYear())) {
            throw new CalendarYearMissingException(date.getYear(), coveredYears);
        }
    }
}
