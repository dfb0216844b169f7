package org.perfportal.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The figures of one assessed contract month that the payment schedule (付款计划) needs, taken from
 * the month's result in force: score, grade, the grade's deduction rate and amount, the money
 * penalties (处罚/重点监管扣款) and the total money deducted (after the monthly cap), and the day
 * the result was approved (the quarterly assessment date of an installment is its last month's).
 *
 * @param month          the contract month, by the calendar month it starts in (2026-06 = 06-10…07-09)
 * @param assessmentId   the result in force
 * @param score          the vendor's published score
 * @param grade          the grade's code (e.g. {@code GOOD})
 * @param gradeLabel     the grade as the source names it (良好)
 * @param deductionRate  share of the month's fee the grade deducts (0.05)
 * @param monthlyFee     the month's fee
 * @param gradeDeduction the grade's deduction in yuan
 * @param penalties      money penalties in yuan, after exemptions, before the cap
 * @param moneyDeducted  the month's total deduction in yuan, after the cap
 * @param approvedOn     the day (Asia/Shanghai) the result in force was approved
 */
public record ScheduledMonth(YearMonth month, long assessmentId, BigDecimal score, String grade, String gradeLabel,
                             BigDecimal deductionRate, BigDecimal monthlyFee, BigDecimal gradeDeduction,
                             BigDecimal penalties, BigDecimal moneyDeducted, LocalDate approvedOn) {
}
