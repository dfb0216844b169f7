package org.perfportal.reports.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.perfportal.reports.Amounts;

/**
 * One installment (期) of the payment schedule: its share of the contract (25% each), its three
 * months, the centralized-review adjustments (fourth installment), the net payable, the due date
 * and, when the agency paid late, the late-payment penalty (逾期付款违约金). Capitals come from the
 * caller, which owns the one formatter of Chinese amounts.
 *
 * @param number                 期次, 1 to 4
 * @param coveredPeriod          the months it pays for, e.g. {@code 2026-06-10 至 2026-09-09}
 * @param amount                 the installment before deductions
 * @param amountInCapitals       the same in capitals
 * @param months                 its assessment months in order
 * @param reviewAdjustments      集中复核调整; empty for the first three
 * @param netPayable             本期应付金额
 * @param netPayableInCapitals   the same in capitals
 * @param dueDate                付款期限 as printed (or why it is not fixed yet)
 * @param latePenalty            逾期付款违约金 in yuan, or null when not late
 * @param latePenaltyInCapitals  the same in capitals, or null
 * @param latePenaltyNote        how the penalty was computed, or empty
 */
public record InstallmentLine(int number, String coveredPeriod, BigDecimal amount, String amountInCapitals,
                              List<MonthLine> months, List<ReviewAdjustment> reviewAdjustments, BigDecimal netPayable,
                              String netPayableInCapitals, String dueDate, BigDecimal latePenalty,
                              String latePenaltyInCapitals, String latePenaltyNote) {

    /** Requires the figures; adjustments and penalty may be absent. */
    public InstallmentLine {
        Objects.requireNonNull(coveredPeriod, "coveredPeriod");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(amountInCapitals, "amountInCapitals");
        months = List.copyOf(months);
        reviewAdjustments = List.copyOf(reviewAdjustments);
        Objects.requireNonNull(netPayable, "netPayable");
        Objects.requireNonNull(netPayableInCapitals, "netPayableInCapitals");
        Objects.requireNonNull(dueDate, "dueDate");
        latePenaltyNote = latePenaltyNote == null ? "" : latePenaltyNote;
    }

    /** The adjustments as printed under the installment, one per line, or 无. */
    public String reviewText() {
        if (reviewAdjustments.isEmpty()) {
            return "无";
        }
        return reviewAdjustments.stream()
                .map(a -> a.description() + "：" + (a.amount().signum() >= 0 ? "+" : "") + Amounts.yuan(a.amount()))
                .collect(Collectors.joining("\n"));
    }

    /** The late-payment penalty as printed, or 无 (按期支付). */
    public String latePenaltyText() {
        if (latePenalty == null) {
            return "无";
        }
        return Amounts.yuan(latePenalty) + "（" + latePenaltyInCapitals + "）" + (latePenaltyNote.isEmpty() ? "" : "；" + latePenaltyNote);
    }
}
