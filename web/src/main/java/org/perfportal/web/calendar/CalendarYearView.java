package org.perfportal.web.calendar;

import java.time.LocalDate;
import java.util.List;
import org.perfportal.calendar.CalendarDayKind;
import org.perfportal.calendar.CalendarEntry;

/** A stored year of the business calendar, as {@code GET /platform/calendar/{year}} shows it. */
public record CalendarYearView(int year, List<Day> days) {

    /** One holiday day or make-up working day. */
    public record Day(LocalDate date, CalendarDayKind kind, String name, String source) {
    }

    static CalendarYearView of(int year, List<CalendarEntry> entries) {
        return new CalendarYearView(year, entries.stream()
                .map(e -> new Day(e.date(), e.kind(), e.name(), e.source()))
                .toList());
    }
}
