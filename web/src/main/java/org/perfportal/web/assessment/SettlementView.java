package org.perfportal.web.assessment;

import java.math.BigDecimal;
import java.util.Optional;
import org.perfportal.assessment.extranet.HalfYearSettlement;
import org.perfportal.records.extranet.ExtranetContract;

/**
 * The settlement of an Ordos half-year result (半年结算): the final payment (半年尾款) of the
 * operator's contract whose service period covers the half-year, the total deduction (扣款合计)
 * and the net payable (应付金额 = max(尾款 − 扣款, 0), see {@link HalfYearSettlement} for why it
 * is floored) with the excess the final payment cannot absorb. Without a covering contract the
 * contract fields, {@code finalPayment}, {@code netPayable} and {@code excessDeduction} are null
 * and {@code note} says so: the result itself is still valid, only its settlement is unknown.
 */
public record SettlementView(Long contractId, String contractNumber, BigDecimal finalPayment, BigDecimal totalDeduction,
                             BigDecimal netPayable, BigDecimal excessDeduction, String note) {

    static SettlementView of(String period, BigDecimal total, Optional<ExtranetContract> covering) {
        if (covering.isEmpty()) {
            return new SettlementView(null, null, null, total, null, null,
                    "no operator contract (运营商合同) covers " + period + ": the net payable cannot be settled");
        }
        ExtranetContract contract = covering.get();
        HalfYearSettlement s = HalfYearSettlement.of(contract.finalPayment(), total);
        String note = s.excessDeduction().signum() > 0
                ? "the deduction exceeds the final payment by " + s.excessDeduction().toPlainString()
                        + "; nothing is payable and the excess is left to finance"
                : "deducted from the half-year final payment (从尾款中扣除)";
        return new SettlementView(contract.id(), contract.number(), s.finalPayment(), s.totalDeduction(), s.netPayable(),
                s.excessDeduction(), note);
    }
}
