package org.perfportal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the official holiday schedule (节假日安排): a date, whether it is a holiday day or
 * a make-up working day (调休上班), the holiday it belongs to and the notice it comes from.
 * The source is kept so that an operator can check every row against the State Council
 * notice that decreed it.
 *
 * @param date   the calendar date
 * @param kind   holiday day or make-up working day
 * @param name   the holiday, e.g. 国庆节
 * @param source the notice, e.g. 国办发明电〔2024〕12号
 */
public record CalendarEntry(LocalDate date, CalendarDayKind kind, String name, String source) {

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(date + ": the holiday name is missing");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(date + ": the source notice is missing");
        }
        // A make-up day on a weekday would change nothing and is certainly a typing error.
        if (kind == CalendarDayKind.MAKE_UP_WORKING_DAY && !isWeekend(date)) {
            throw new IllegalArgumentException(date + " is a " + date.getDayOfWeek()
                    + "; a make-up working day (调休上班) must be a Saturday or Sunday");
        }
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
