package org.perfportal.assessment.ordos;

import java.math.BigDecimal;
import java.util.List;

/**
 * One traced line of the half-year sheet (考核表扣款明细): the rule, its clause, the record and
 * lines behind it, the yuan deducted, and — when force majeure applies — the exemption with its
 * reason and 0 yuan. A line of 0 yuan without exemption is an observation the scheme records
 * but does not charge (a late arrival).
 *
 * @param rule            the rule applied
 * @param clause          its clause in seed 000
 * @param recordId        the fault, relocation, report… that caused it
 * @param lineIds         the lines whose fees it is computed on (empty for ad-hoc findings)
 * @param yuan            the amount, two decimals, HALF_UP
 * @param exempted        whether force majeure removed the deduction
 * @param exemptionReason the cause and explanation of the exemption, or null
 * @param explanation     how the amount follows from the record (甲方扣罚说明)
 */
public record DeductionLine(OrdosRule rule, String clause, String recordId, List<String> lineIds, BigDecimal yuan,
                            boolean exempted, String exemptionReason, String explanation) {

    public DeductionLine {
        lineIds = List.copyOf(lineIds);
    }
}
