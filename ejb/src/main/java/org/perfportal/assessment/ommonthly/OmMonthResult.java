package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.util.List;

import org.perfportal.assessment.TracedValue;

/**
 * The result of one Luohe monthly assessment (月度考核结果): unit scores, the deduction items
 * the system detected, the vendor score with its lines and published value, the grade band,
 * the month's fee and the money deducted with its lines.
 */
public record OmMonthResult(AssessmentMonth month, List<UnitScore> unitScores, List<DeductionItem> detectedItems,
                               TracedValue vendorScore, BigDecimal publishedScore, GradeBand band,
                               BigDecimal monthlyFee, TracedValue money, BigDecimal moneyDeducted) {
}
