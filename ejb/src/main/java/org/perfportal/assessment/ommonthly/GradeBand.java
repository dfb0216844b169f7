package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;

/**
 * A grade band (考核档次): scores at or above {@code minScore} (and below the next band up)
 * get {@code grade} and lose {@code feeDeductionRate} of the month's fee.
 *
 * @param minScore                     inclusive lower bound, two decimals
 * @param grade                        the grade
 * @param feeDeductionRate             share of the month's fee deducted (0.05 for 5%)
 * @param rectificationReportRequired  whether the vendor owes a problem analysis and
 *                                     rectification report (问题分析报告及整改报告)
 */
public record GradeBand(BigDecimal minScore, Grade grade, BigDecimal feeDeductionRate,
                        boolean rectificationReportRequired) {
}
