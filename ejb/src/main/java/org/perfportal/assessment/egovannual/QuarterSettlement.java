package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.perfportal.assessment.TracedValue;

/**
 * The quarterly rent settlement (专网租用费按季度核定拨付, 政务专网管理办法 第四十条): the rent of
 * the quarter's three months, less the month-capped deductions, paid to the operator after the
 * maintenance check. Both parts keep their yuan lines unrounded; {@link #payable()} rounds
 * HALF_UP to the fen once, at the last step.
 *
 * @param year       the year
 * @param quarter    1–4
 * @param rent       Σ monthly rent, one line per month
 * @param deductions Σ monthly deductions, with any month's cap line
 */
public record QuarterSettlement(int year, int quarter, TracedValue rent, TracedValue deductions) {

    /** The yuan deducted in the quarter, to the fen. */
    public BigDecimal deductionTotal() {
        return deductions.value().setScale(2, RoundingMode.HALF_UP);
    }

    /** Rent − deductions, to the fen. */
    public BigDecimal payable() {
        return rent.value().subtract(deductions.value()).setScale(2, RoundingMode.HALF_UP);
    }
}
