package org.perfportal.assessment.ordos;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of one half-year assessment (半年考核结果): the total taken from the final payment
 * (总计, 从尾款中扣除) and the traced lines it adds up from.
 */
public record OrdosAssessmentResult(HalfYear period, BigDecimal total, List<DeductionLine> lines) {

    public OrdosAssessmentResult {
        lines = List.copyOf(lines);
    }
}
