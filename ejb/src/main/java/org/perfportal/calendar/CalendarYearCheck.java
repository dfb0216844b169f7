package org.perfportal.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfportal.shared.InvalidFieldException;

/**
 * The check an operator's holiday schedule for one year (年度节假日安排) passes before it is
 * stored: every row a date inside the year, given once, of a known kind, named and sourced, and a
 * make-up working day (调休上班) only on a Saturday or Sunday. A holiday on a weekend is accepted:
 * the official schedule lists every day of a holiday block, weekends included (the 2025 春节 block
 * runs 01-28 … 02-04). Pure: the first bad row is refused by its position in the list
 * ({@code days[3].date} for JSON, {@code rows[3].date} for CSV), so the operator can find it.
 */
public final class CalendarYearCheck {

    private CalendarYearCheck() {
    }

    /**
     * @param list the name of the list in the request ({@code days} or {@code rows}), for the field
     * @return the year's entries, in the order given
     * @throws InvalidFieldException naming {@code list[i].date|kind|name|source} of the first bad row
     */
    public static List<CalendarEntry> check(int year, List<CalendarRow> rows, String list) {
        if (rows == null || rows.isEmpty()) {
            throw new InvalidFieldException(list, "the schedule of " + year + " has no rows; a year is entered with its"
                    + " holidays and make-up working days, as the State Council notice lists them");
        }
        List<CalendarEntry> entries = new ArrayList<>(rows.size());
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CalendarRow row = rows.get(i);
            String at = list + "[" + i + "].";
            String where = row.line() > 0 ? " (line " + row.line() + ")" : "";
            LocalDate date = date(row.date(), at + "date", where);
            if (date.getYear() != year) {
                throw new InvalidFieldException(at + "date", date + where + " is not in " + year);
            }
            Integer earlier = seen.putIfAbsent(date, i);
            if (earlier != null) {
                throw new InvalidFieldException(at + "date", date + where + " is listed twice (also " + list + "[" + earlier + "])");
            }
            CalendarDayKind kind = kind(row.kind(), at + "kind", where);
            if (kind == CalendarDayKind.MAKE_UP_WORKING_DAY && !CalendarEntry.isWeekend(date)) {
                throw new InvalidFieldException(at + "date", date + where + " is a " + date.getDayOfWeek()
                        + ", already a working day; a make-up working day (调休上班) is a Saturday or Sunday");
            }
            entries.add(new CalendarEntry(date, kind, required(row.name(), at + "name", where),
                    required(row.source(), at + "source", where)));
        }
        return entries;
    }

    private static LocalDate date(String text, String field, String where) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "the date is missing" + where);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "'" + text + "'" + where + " is not an ISO date (yyyy-MM-dd)");
        }
    }

    private static CalendarDayKind kind(String text, String field, String where) {
        String kind = text == null ? "" : text.strip();
        return switch (kind) {
            case "HOLIDAY" -> CalendarDayKind.HOLIDAY;
            case "MAKE_UP_WORKING_DAY", "MAKEUP_WORKDAY" -> CalendarDayKind.MAKE_UP_WORKING_DAY;
            default -> throw new InvalidFieldException(field, "'" + kind + "'" + where
                    + " is not a day kind; HOLIDAY (放假) or MAKE_UP_WORKING_DAY (调休上班)");
        };
    }

    private static String required(String text, String field, String where) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "missing" + where + ": every row names its holiday and the notice it comes from");
        }
        return text.strip();
    }
}
