package org.perfportal.web.assessment;

import java.math.BigDecimal;
import org.perfportal.assessment.extranet.CoveringContract;
import org.perfportal.assessment.extranet.ExtranetSettlement;
import org.perfportal.assessment.extranet.HalfYearSettlement;

/**
 * The settlement of a half-year result (半年结算) as the API returns it — the figures are
 * {@link ExtranetSettlement}'s: the final payment (半年尾款) of the operator's contract whose service
 * period covers the half-year, the total deduction (扣款合计) and the net payable (应付金额, floored,
 * see {@link HalfYearSettlement}) with the excess the final payment cannot absorb. Without a covering
 * contract the contract fields, {@code finalPayment}, {@code netPayable} and {@code excessDeduction}
 * are null and {@code note} says so.
 */
public record SettlementView(Long contractId, String contractNumber, BigDecimal finalPayment, BigDecimal totalDeduction,
                             BigDecimal netPayable, BigDecimal excessDeduction, String note) {

    static SettlementView of(ExtranetSettlement settlement) {
        if (!settlement.settled()) {
            return new SettlementView(null, null, null, settlement.totalDeduction(), null, null,
                    "no operator contract (运营商合同) covers " + settlement.period() + ": the net payable cannot be settled");
        }
        CoveringContract contract = settlement.contract();
        HalfYearSettlement s = settlement.figures();
        String note = settlement.exceedsFinalPayment()
                ? "the deduction exceeds the final payment by " + s.excessDeduction().toPlainString()
                        + "; nothing is payable and the excess is left to finance"
                : "deducted from the half-year final payment (从尾款中扣除)";
        return new SettlementView(contract.id(), contract.number(), s.finalPayment(), s.totalDeduction(), s.netPayable(),
                s.excessDeduction(), note);
    }
}
