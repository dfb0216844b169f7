package org.perfportal.assessment;

import java.time.Instant;

/**
 * How an assessment kind divides time into its periods (考核周期): the contract month from the
 * 10th, the half-year in the scheme's time zone. A period's bounds are those of the scheme version
 * its result was computed with, so a record is placed exactly where that result placed it. A kind
 * whose periods are not drawn from instants (an annual ranking, a fiscal year's form) has none.
 */
public interface PeriodBounds {

    /** The assessment kind whose periods these are ({@code om-monthly}, {@code extranet-half-year}). */
    String kind();

    /** Whether {@code at} falls in the period {@code periodLabel} as the scheme version {@code schemeId} draws it. */
    boolean contains(String periodLabel, long schemeId, Instant at);
}
