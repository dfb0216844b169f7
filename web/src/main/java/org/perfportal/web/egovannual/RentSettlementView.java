package org.perfportal.web.egovannual;

import java.math.BigDecimal;
import java.util.List;
import org.perfportal.records.networkrent.RentSettlement;
import org.perfportal.web.assessment.TraceLineView;

/**
 * A quarter's rent settlement (专网租赁费季度核定): Σ rent, Σ deductions and the payable to the
 * operator, with every rent and deduction line.
 */
public record RentSettlementView(String quarter, String schemeVersion, BigDecimal rent, BigDecimal deductions,
                                 BigDecimal payable, List<TraceLineView> rentLines, List<TraceLineView> deductionLines) {

    static RentSettlementView of(RentSettlement s) {
        return new RentSettlementView(s.quarter(), s.schemeLabel(), s.rent(), s.deductions(), s.payable(),
                s.rentLines().stream().map(TraceLineView::of).toList(), s.deductionLines().stream().map(TraceLineView::of).toList());
    }
}
