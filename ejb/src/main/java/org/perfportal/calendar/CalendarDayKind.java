package org.perfportal.calendar;

/**
 * How the official schedule overrides the plain weekday/weekend rule on one date: a public
 * holiday day (放假日, a day of a holiday block, whatever its weekday) or a make-up working day
 * (调休上班日, a Saturday or Sunday that is worked to bridge a holiday block).
 */
public enum CalendarDayKind {
    HOLIDAY,
    MAKE_UP_WORKING_DAY
}
