package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The settlement of a half-year (半年结算): the scheme takes the half-year's deductions from the
 * operator's half-year final payment (按半年考核情况，并从尾款中扣除相应费用), so the amount payable is
 * the final payment (半年尾款) less the total deduction (扣款合计).
 *
 * <p><b>Why the payable is floored at zero</b>: the deduction is taken <em>from</em> the final
 * payment; the bureau cannot pay a negative amount, so {@code netPayable = max(finalPayment −
 * total, 0)}. The part of the deduction the final payment cannot absorb is not hidden, it is
 * shown as {@code excessDeduction = max(total − finalPayment, 0)}, so finance can pursue it by
 * other means (the contract's performance bond, the next payment) — a decision this rule does
 * not take. Always {@code netPayable − excessDeduction = finalPayment − total}.
 *
 * <p>Pure: no persistence, amounts in yuan with 2 decimals.
 */
public record HalfYearSettlement(BigDecimal finalPayment, BigDecimal totalDeduction, BigDecimal netPayable,
                                 BigDecimal excessDeduction) {

    public static HalfYearSettlement of(BigDecimal finalPayment, BigDecimal totalDeduction) {
        BigDecimal payment = finalPayment.setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = totalDeduction.setScale(2, RoundingMode.HALF_UP);
        BigDecimal difference = payment.subtract(total);
        return new HalfYearSettlement(payment, total, difference.max(BigDecimal.ZERO.setScale(2)),
                difference.negate().max(BigDecimal.ZERO.setScale(2)));
    }
}
