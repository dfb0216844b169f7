package org.perfportal.calendar;

import java.util.Set;

/**
 * A date falls in a year for which the holiday schedule (节假日安排) has not been entered.
 * Raised instead of falling back to plain weekends: a deadline computed without the year's
 * holidays and make-up days (调休) would be silently wrong, and deductions hang on it.
 */
public class CalendarYearMissingException extends RuntimeException {

    private final int year;

    public CalendarYearMissingException(int year, Set<Integer> coveredYears) {
        super("The business calendar has no holiday schedule for " + year
                + " (covered years: " + coveredYears + "); the platform operator must enter the State Council notice for "
                + year + " before working days in that year can be counted");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
