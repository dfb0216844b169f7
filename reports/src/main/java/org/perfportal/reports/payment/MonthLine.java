package org.perfportal.reports.payment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One assessment month (考核月) of an installment on the payment schedule: the vendor's monthly
 * score and grade, the grade's deduction rate and amount of the month's fee, the money penalties
 * (处罚清单、重点监管事项) and what the month costs in all (capped by the caller at the month's fee).
 *
 * @param month          the month as printed, e.g. {@code 2026-06-10 至 2026-07-09}
 * @param score          服务商月度得分
 * @param grade          考核等级 (优秀 / 良好 / 一般 / 较差)
 * @param deductionRate  扣减比例 of the month's fee as a fraction (0.05 prints 5%)
 * @param gradeDeduction 等级扣减 in yuan
 * @param penalties      处罚扣减 in yuan
 * @param penaltyNote    处罚事由, empty when none
 * @param monthDeduction 当月扣减合计 in yuan
 */
public record MonthLine(String month, BigDecimal score, String grade, BigDecimal deductionRate,
                        BigDecimal gradeDeduction, BigDecimal penalties, String penaltyNote,
                        BigDecimal monthDeduction) {

    /** Requires every figure; a missing penalty note is empty. */
    public MonthLine {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(deductionRate, "deductionRate");
        Objects.requireNonNull(gradeDeduction, "gradeDeduction");
        Objects.requireNonNull(penalties, "penalties");
        penaltyNote = penaltyNote == null ? "" : penaltyNote;
        Objects.requireNonNull(monthDeduction, "monthDeduction");
    }
}
