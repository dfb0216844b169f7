package org.perfportal.web.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.perfportal.calendar.BusinessCalendarService;
import org.perfportal.calendar.CalendarRow;
import org.perfportal.calendar.HolidayScheduleCsv;
import org.perfportal.identity.Role;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /platform/calendar/{year}}: the business calendar (工作日历) the platform operator keeps, one
 * year at a time. {@code PUT} replaces the year, as JSON ({@code {"source": …, "days": [{date, kind,
 * name}]}}) or as the CSV of {@code calendar/cn-holidays.csv} ({@code Content-Type: text/csv}); a bad
 * row is 400 naming it ({@code days[3].date}, {@code rows[3].date}) and nothing is stored.
 */
@RequestScoped
@Path("platform/calendar/{year}")
public class PlatformCalendarResource {

    private static final String CSV = "text/csv";

    @Inject
    private BusinessCalendarService calendars;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.PLATFORM_OPERATOR)
    public CalendarYearView get(@PathParam("year") int year) {
        return CalendarYearView.of(year, calendars.year(year));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.PLATFORM_OPERATOR)
    public CalendarYearView replace(@PathParam("year") int year, CalendarYearDto body) {
        if (body == null || body.days() == null) {
            throw new InvalidFieldException("days", "send the year's days: {\"source\": …, \"days\": [{date, kind, name}]}");
        }
        List<CalendarRow> rows = body.days().stream()
                .map(day -> day == null ? new CalendarRow(null, null, null, null, 0)
                        : new CalendarRow(day.date(), day.kind(), day.name(),
                        day.source() == null || day.source().isBlank() ? body.source() : day.source(), 0))
                .toList();
        return CalendarYearView.of(year, calendars.replaceYear(year, rows, "days"));
    }

    @PUT
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.PLATFORM_OPERATOR)
    public CalendarYearView replaceFromCsv(@PathParam("year") int year, String csv) {
        return CalendarYearView.of(year, calendars.replaceYear(year, HolidayScheduleCsv.readRows(csv == null ? "" : csv), "rows"));
    }
}
