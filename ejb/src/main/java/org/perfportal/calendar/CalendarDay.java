package org.perfportal.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One stored day of the business calendar (工作日历): a holiday day or a make-up working day, as
 * the platform operator entered it from the State Council notice. Platform data, not a tenant's:
 * every agency counts working days on the same national schedule, so the table has no
 * {@code tenant_id}. A year is covered once it has rows.
 */
@Entity
@Table(name = "business_calendar_day")
public class CalendarDay {

    @Id
    @Column(name = "day")
    private LocalDate day;

    @Column(name = "calendar_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private CalendarDayKind kind;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "source", nullable = false, length = 200)
    private String source;

    protected CalendarDay() {
    }

    CalendarDay(CalendarEntry entry) {
        this.day = entry.date();
        this.year = entry.date().getYear();
        this.kind = entry.kind();
        this.name = entry.name();
        this.source = entry.source();
    }

    CalendarEntry entry() {
        return new CalendarEntry(day, kind, name, source);
    }
}
