package org.perfportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfportal.shared.InvalidFieldException;

class CalendarYearCheckTest {

    private static final String NOTICE = "国办发明电〔2024〕12号";

    private static CalendarRow row(String date, String kind) {
        return new CalendarRow(date, kind, "国庆节", NOTICE, 0);
    }

    @Test
    void theShippedScheduleOfEachYearPasses() {
        String csv = HolidayScheduleCsv.write(HolidayScheduleCsv.readResource(HolidayScheduleCsv.CHINA_OFFICIAL));
        List<CalendarRow> rows = HolidayScheduleCsv.readRows(csv);
        for (int year : new int[] {2025, 2026}) {
            List<CalendarRow> ofYear = rows.stream().filter(r -> r.date().startsWith(year + "-")).toList();
            assertEquals(ofYear.size(), CalendarYearCheck.check(year, ofYear, "rows").size());
        }
    }

    @Test
    void aWeekendHolidayIsRightAndTheAliasOfTheMakeUpKindIsRead() {
        // Saturday 2025-02-01 is a day of the 春节 block; Sunday 2025-09-28 was worked (调休上班).
        List<CalendarEntry> entries = CalendarYearCheck.check(2025,
                List.of(row("2025-02-01", "HOLIDAY"), row("2025-09-28", "MAKEUP_WORKDAY")), "days");
        assertEquals(CalendarDayKind.MAKE_UP_WORKING_DAY, entries.get(1).kind());
    }

    @Test
    void eachBadRowIsNamedByItsPosition() {
        assertRefused("days[1].date", row("2025-10-01", "HOLIDAY"), row("2026-10-01", "HOLIDAY"));
        assertRefused("days[2].date", row("2025-10-01", "HOLIDAY"), row("2025-10-02", "HOLIDAY"), row("2025-10-01", "HOLIDAY"));
        // Wednesday 2025-10-15 is a working day already: a make-up day there is a typing error.
        assertRefused("days[0].date", row("2025-10-15", "MAKE_UP_WORKING_DAY"));
        assertRefused("days[0].date", row("2025-13-01", "HOLIDAY"));
        assertRefused("days[0].kind", row("2025-10-01", "WORKDAY"));
        assertRefused("days[0].name", new CalendarRow("2025-10-01", "HOLIDAY", " ", NOTICE, 0));
        assertRefused("days[0].source", new CalendarRow("2025-10-01", "HOLIDAY", "国庆节", null, 0));
        assertRefused("days");
    }

    @Test
    void aCsvRowIsNamedByItsPositionAndLine() {
        List<CalendarRow> rows = HolidayScheduleCsv.readRows("# comment\ndate,kind,name,source\n"
                + "2027-01-01,HOLIDAY,元旦,x\n2027-01-06,MAKE_UP_WORKING_DAY,元旦,x\n");
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> CalendarYearCheck.check(2027, rows, "rows"));
        assertEquals("rows[1].date", e.field());
        assertEquals(true, e.getMessage().contains("line 4"), e.getMessage());
        assertEquals("rows[0]", assertThrows(InvalidFieldException.class,
                () -> HolidayScheduleCsv.readRows("2027-01-01,HOLIDAY,元旦\n")).field());
    }

    private static void assertRefused(String field, CalendarRow... rows) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> CalendarYearCheck.check(2025, List.of(rows), "days"));
        assertEquals(field, e.field(), e.getMessage());
    }
}
