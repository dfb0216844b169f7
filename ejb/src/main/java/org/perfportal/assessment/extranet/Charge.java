package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.util.List;

/**
 * A deduction as a rule finds it, before the period filter, force majeure and rounding turn it
 * into a sheet line ({@link org.perfportal.assessment.TraceLine}, laid out as {@link
 * ExtranetAssessmentResult} describes). The amount is exact; {@code bookedIn} is the half-year in
 * which the missed deadline passed (a miss counts in the period in which its deadline passes).
 */
record Charge(ExtranetRule rule, String recordId, List<String> lineIds, BigDecimal amount, HalfYear bookedIn,
              String explanation) {
}
