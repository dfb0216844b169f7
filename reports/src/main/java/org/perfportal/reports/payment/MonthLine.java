package org.perfportal.reports.payment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One assessment month (考核月) of an installment on the payment schedule: the vendor's monthly
 * score and grade, the grade's deduction rate and amount of the month's fee, the money penalties
 * (处罚清单、重点监管事项) and what the month costs in all (capped by the caller at the month's fee);
 * a month not yet assessed carries no figures ({@link #notAssessed}).
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

    /** The grade printed for a month that has no result in force yet. */
    public static final String NOT_ASSESSED = "未考核";

    /** Requires the month and the grade; the figures too, unless the grade says the month is not assessed. */
    public MonthLine {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(grade, "grade");
        if (!NOT_ASSESSED.equals(grade)) {
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(deductionRate, "deductionRate");
            Objects.requireNonNull(gradeDeduction, "gradeDeduction");
            Objects.requireNonNull(penalties, "penalties");
            Objects.requireNonNull(monthDeduction, "monthDeduction");
        }
        penaltyNote = penaltyNote == null ? "" : penaltyNote;
    }

    /**
     * A month without a result in force yet: printed with its days and 未考核, its figures left blank
     * (never 0, which would read as a score of nought), so the installment still shows all its months.
     */
    public static MonthLine notAssessed(String month, String note) {
        return new MonthLine(month, null, NOT_ASSESSED, null, null, null, note, null);
    }
}
