package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Budget execution (预算执行) of a project: execution rate (预算执行率) = 全年执行数 ÷ 全年预算数, and
 * its score = template points × min(rate, 1). Spending over budget earns no more than full
 * points. The rate is kept unrounded; only the printed percent and the score are rounded,
 * HALF_UP to two decimals, at the last step, so a rounded rate never feeds the score.
 *
 * @param rate        the unrounded execution rate (0.9998790…)
 * @param ratePercent the rate as printed: percent, two decimals (99.99)
 * @param score       the budget execution score, two decimals (10.00)
 */
public record BudgetExecution(BigDecimal rate, BigDecimal ratePercent, BigDecimal score) {

    /** The execution of {@code funds}, scored with {@code template}'s execution points. */
    public static BudgetExecution of(ProjectFunds funds, FiscalTemplate template) {
        BigDecimal rate = funds.executed().total().divide(funds.annualBudget().total(), MathContext.DECIMAL128);
        BigDecimal percent = rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal score = template.executionRatePoints().multiply(rate.min(BigDecimal.ONE))
                .setScale(2, RoundingMode.HALF_UP);
        return new BudgetExecution(rate, percent, score);
    }
}
