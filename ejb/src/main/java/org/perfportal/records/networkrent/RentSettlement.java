package org.perfportal.records.networkrent;

import java.math.BigDecimal;
import java.util.List;
import org.perfportal.assessment.TraceLine;

/**
 * A quarter's dedicated-network rent settlement (专网租赁费季度核定) as finance reads it: the
 * quarter, the scheme version applied, the rent of each month, every deduction line (with a
 * month's cap line when one applies), and the totals — Σ rent, Σ deductions and the payable, each
 * rounded HALF_UP to the fen once, at the last step.
 */
public record RentSettlement(String quarter, String schemeLabel, List<TraceLine> rentLines, List<TraceLine> deductionLines,
                             BigDecimal rent, BigDecimal deductions, BigDecimal payable) {

    public RentSettlement {
        rentLines = List.copyOf(rentLines);
        deductionLines = List.copyOf(deductionLines);
    }
}
