package org.perfportal.web.calendar;

import java.util.List;

/**
 * A year's holiday schedule (年度节假日安排) as the operator enters it from the State Council notice:
 * the notice ({@code source}, applied to every day that names none) and the days.
 */
public record CalendarYearDto(String source, List<CalendarDayDto> days) {
}
