package org.perfportal.assessment.ommonthly;

import org.perfportal.assessment.Assessment;

/**
 * A stored Luohe month result (月度考核结果): the generic revision with its lines and lifecycle, its
 * figures, and whether it is the month's result in force.
 */
public record OmMonth(Assessment assessment, OmMonthSummary summary, boolean inForce) {
}
