package org.perfportal.assessment.extranet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assessment period (考核周期, 半年度): H1 is 1 January – 30 June, H2 is 1 July –
 * 31 December, in local dates. An instant belongs to the half-year that contains its date in
 * the scheme's time zone (Asia/Shanghai), so 2025-06-30T16:00Z (= 07-01 00:00 +08) is in H2.
 */
public record HalfYear(int year, Half half) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(H[12])");

    /** The first or the second half of a year. */
    public enum Half {
        H1, H2
    }

    /** The half-year of a label such as {@code 2026-H1}, as {@link #toString()} writes it. */
    public static HalfYear parse(String label) {
        Matcher m = LABEL.matcher(label == null ? "" : label);
        if (!m.matches()) {
            throw new IllegalArgumentException("a half-year is written like 2026-H1, was " + label);
        }
        return new HalfYear(Integer.parseInt(m.group(1)), Half.valueOf(m.group(2)));
    }

    public static HalfYear containing(LocalDate date) {
        return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? Half.H1 : Half.H2);
    }

    public static HalfYear containing(Instant instant, ZoneId zone) {
        return containing(LocalDate.ofInstant(instant, zone));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, half == Half.H1 ? 1 : 7, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(5).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The given day of the month after the half-year (每半年次月 N 日): 07-05 for H1, next year's 01-05 for H2. */
    public LocalDate dayOfFollowingMonth(int dayOfMonth) {
        return lastDay().plusDays(1).withDayOfMonth(dayOfMonth);
    }

    @Override
    public String toString() {
        return year + "-" + half;
    }
}
