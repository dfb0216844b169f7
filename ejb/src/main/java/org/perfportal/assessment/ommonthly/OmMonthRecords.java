package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.util.List;

/**
 * The input of one Luohe monthly assessment (月度考核输入) of one vendor: the month, the
 * contract total (the month's fee derives from it), each unit's records for this month and the
 * previous one (for the consecutive-neglect detection; empty for the first contract month),
 * the assessor's deduction items and money penalties, and the approved exemptions.
 */
public record OmMonthRecords(AssessmentMonth month, BigDecimal contractTotal, List<UnitMonthRecords> units,
                                List<UnitMonthRecords> previousMonthUnits, List<DeductionItem> deductionItems,
                                List<MoneyPenalty> moneyPenalties, Exemptions exemptions) {

    public OmMonthRecords {
        units = List.copyOf(units);
        previousMonthUnits = List.copyOf(previousMonthUnits);
        deductionItems = List.copyOf(deductionItems);
        moneyPenalties = List.copyOf(moneyPenalties);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a vendor month needs at least one using unit");
        }
    }
}
