package org.perfportal.assessment.extranet;

/**
 * When a line counts in a month's fee base (某月总网费): the seed prices "上月总网费" and "1 个月总网费"
 * without saying how a line opened or retired during the month is counted. A scheme parameter
 * ({@code lineMonthBasis}); DOMAIN-style reading (Default) {@link #ANY_DAY}: the operator bills a
 * line for every month it served, so a line in service on any day of the month counts in full.
 */
public enum LineMonthBasis {
    /** In service on at least one day of the month (Default). */
    ANY_DAY,
    /** In service on every day of the month. */
    WHOLE_MONTH
}
