package org.perfportal.assessment.ommonthly;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * An assessment month (考核月): by DOMAIN <b>Default</b> a contract month, from the start day
 * (the 10th) 00:00 local time of {@code label} to the same instant one month later,
 * e.g. 2026-06 = 2026-06-10T00:00 … 2026-07-10T00:00 Asia/Shanghai (end exclusive).
 *
 * @param label    the calendar month in which the assessment month starts
 * @param startDay day of month on which contract months start
 * @param zone     the tenant's time zone
 */
public record AssessmentMonth(YearMonth label, int startDay, ZoneId zone) {

    public Instant start() {
        return label.atDay(startDay).atStartOfDay(zone).toInstant();
    }

    /** Exclusive end: the start of the next month. */
    public Instant end() {
        return next().start();
    }

    /** The month's first day, as documents print it. */
    public LocalDate firstDay() {
        return label.atDay(startDay);
    }

    /** The month's last day (the day before the next month starts), as documents print it. */
    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    /** The month as the forms name it: {@code 2026年10月（2026-10-10 至 2026-11-09）}. */
    public String chineseLabel() {
        return label.getYear() + "年" + label.getMonthValue() + "月（" + firstDay() + " 至 " + lastDay() + "）";
    }

    public AssessmentMonth next() {
        return new AssessmentMonth(label.plusMonths(1), startDay, zone);
    }

    public AssessmentMonth previous() {
        return new AssessmentMonth(label.minusMonths(1), startDay, zone);
    }

    /** Whether the month has begun by the clock's reading: a month not yet begun has nothing to assess. */
    public boolean hasBegun(Clock clock) {
        return !start().isAfter(clock.instant());
    }

    /**
     * Whether the month is over by the clock's reading (本月考核期已结束): a what-if is tried on a
     * finished month only, so that its records are complete.
     */
    public boolean isOver(Clock clock) {
        return !end().isAfter(clock.instant());
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }
}
