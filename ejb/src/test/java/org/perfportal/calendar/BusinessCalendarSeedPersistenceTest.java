package org.perfportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.perfportal.testing.TestDatabase;

/** The migrated calendar is the shipped CSV, row for row, so no due date moved when the calendar became data. */
class BusinessCalendarSeedPersistenceTest {

    @RegisterExtension
    static final TestDatabase.PerClass DB = TestDatabase.perClass(false);

    @Test
    void theStoredCalendarIsTheShippedSchedule() {
        EntityManager em = DB.db().emf().createEntityManager();
        try {
            List<CalendarEntry> stored = em.createQuery("SELECT d FROM CalendarDay d ORDER BY d.day", CalendarDay.class)
                    .getResultStream().map(CalendarDay::entry).toList();
            List<CalendarEntry> shipped = HolidayScheduleCsv.readResource(HolidayScheduleCsv.CHINA_OFFICIAL).stream()
                    .sorted(java.util.Comparator.comparing(CalendarEntry::date)).toList();
            assertEquals(shipped, stored);
        } finally {
            em.close();
        }
    }
}
