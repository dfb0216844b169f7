package org.perfportal.calendar;

/**
 * One row of a holiday schedule as an operator typed it (a JSON day or a CSV line), before it is
 * checked: every cell is the text sent, {@code null} when absent. {@link CalendarYearCheck} turns
 * a year of rows into {@link CalendarEntry}s or refuses the first bad one by its position.
 *
 * @param date   ISO date, e.g. {@code 2025-10-01}
 * @param kind   {@code HOLIDAY} or {@code MAKE_UP_WORKING_DAY} (also accepted: {@code MAKEUP_WORKDAY})
 * @param name   the holiday, e.g. 国庆节
 * @param source the State Council notice the row comes from
 * @param line   the CSV line number, 0 for a JSON day (only for messages)
 */
public record CalendarRow(String date, String kind, String name, String source, int line) {
}
