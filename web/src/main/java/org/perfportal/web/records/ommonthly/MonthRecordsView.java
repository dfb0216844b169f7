package org.perfportal.web.records.ommonthly;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.perfportal.assessment.ommonthly.DeductionItem;
import org.perfportal.assessment.ommonthly.OmMonthRecords;
import org.perfportal.assessment.ommonthly.MoneyPenalty;
import org.perfportal.assessment.ommonthly.UnitMonthRecords;

/**
 * One contract month of the record book as the monthly assessment reads it: the month
 * ({@code 2026-10}) with its bounds (start inclusive, end exclusive, UTC), the contract total, each
 * unit's records for the month and the previous one, the assessor's entries and the approved
 * exemptions (record id → reason, naming the approver).
 */
public record MonthRecordsView(String month, Instant start, Instant end, BigDecimal contractTotal,
                               List<UnitMonthRecords> units, List<UnitMonthRecords> previousMonthUnits,
                               List<DeductionItem> deductionItems, List<MoneyPenalty> moneyPenalties,
                               Map<String, String> exemptions) {

    static MonthRecordsView of(OmMonthRecords records) {
        return new MonthRecordsView(records.month().label().toString(), records.month().start(), records.month().end(),
                records.contractTotal(), records.units(), records.previousMonthUnits(), records.deductionItems(),
                records.moneyPenalties(), records.exemptions().reasonsByRecordId());
    }
}
