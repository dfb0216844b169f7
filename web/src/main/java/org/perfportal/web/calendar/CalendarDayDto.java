package org.perfportal.web.calendar;

/**
 * One day of a holiday schedule as the operator sends it: {@code date} (ISO), {@code kind}
 * ({@code HOLIDAY} or {@code MAKE_UP_WORKING_DAY}; {@code MAKEUP_WORKDAY} is read too), the holiday's
 * {@code name} and, unless the year's {@code source} covers it, the notice it comes from. Kept as
 * text so that a bad cell is refused by its row, not as unreadable JSON.
 */
public record CalendarDayDto(String date, String kind, String name, String source) {
}
