package org.perfportal.calendar;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.perfportal.shared.RecordNotFoundException;

/**
 * The stored business calendar (工作日历) the platform operator maintains: reads it for the rules
 * that count working days (payment due dates, relocation deadlines), which receive it as a plain
 * {@link BusinessCalendar}, and replaces one year's schedule at a time once it has passed
 * {@link CalendarYearCheck}. The calendar is read on each use, not cached, so a year entered
 * takes effect on the next computation on every server.
 */
@Stateless
public class BusinessCalendarService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Every stored year; a year without rows stays uncovered ({@link CalendarYearMissingException}). */
    public BusinessCalendar calendar() {
        return new BusinessCalendar(em.createQuery("SELECT d FROM CalendarDay d ORDER BY d.day", CalendarDay.class)
                .getResultStream().map(CalendarDay::entry).toList());
    }

    /** The stored schedule of {@code year}; none is 404 {@code year}. */
    public List<CalendarEntry> year(int year) {
        List<CalendarEntry> entries = rows(year).stream().map(CalendarDay::entry).toList();
        if (entries.isEmpty()) {
            throw new RecordNotFoundException("year", "the holiday schedule of " + year + " has not been entered; "
                    + "enter it from the State Council notice (PUT /platform/calendar/" + year + ")");
        }
        return entries;
    }

    /**
     * Replaces the schedule of {@code year} with {@code rows}, all or nothing: a bad row is refused
     * by its position in {@code list} and the stored year stays as it was.
     */
    public List<CalendarEntry> replaceYear(int year, List<CalendarRow> rows, String list) {
        List<CalendarEntry> entries = CalendarYearCheck.check(year, rows, list);
        rows(year).forEach(em::remove);
        em.flush();
        entries.forEach(entry -> em.persist(new CalendarDay(entry)));
        em.flush();
        return entries;
    }

    private List<CalendarDay> rows(int year) {
        return em.createQuery("SELECT d FROM CalendarDay d WHERE d.year = :year ORDER BY d.day", CalendarDay.class)
                .setParameter("year", year)
                .getResultList();
    }
}
