package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The settlement of a stored half-year result (半年结算), computed once for the API and the sheet:
 * the operator's contract covering the half-year when the revision was computed, and
 * {@link HalfYearSettlement} of its final payment (半年尾款) against the result's total (扣款合计).
 * Without a covering contract {@code contract} and {@code figures} are null: the result is still
 * valid, only its settlement is unknown.
 */
public record ExtranetSettlement(HalfYear period, BigDecimal totalDeduction, CoveringContract contract,
                                 HalfYearSettlement figures) {

    public static ExtranetSettlement of(HalfYear period, BigDecimal totalDeduction, Optional<CoveringContract> covering) {
        return new ExtranetSettlement(period, totalDeduction, covering.orElse(null),
                covering.map(c -> HalfYearSettlement.of(c.finalPayment(), totalDeduction)).orElse(null));
    }

    /** Whether a contract covers the half-year, so that there is a net payable at all. */
    public boolean settled() {
        return contract != null;
    }

    /** Whether the deduction exceeds the final payment (the excess is left to finance). */
    public boolean exceedsFinalPayment() {
        return figures != null && figures.excessDeduction().signum() > 0;
    }
}
