package org.perfportal.web.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;

/** One traced line of a result (考核明细) as the API returns it: rule, clause, explanation, amount, records. */
public record TraceLineView(String ruleCode, String clause, String description, Measure measure, BigDecimal amount,
                            List<String> recordIds, boolean exempted, String exemptionReason) {

    public static TraceLineView of(TraceLine line) {
        return new TraceLineView(line.ruleCode(), line.clause(), line.description(), line.measure(), line.amount(),
                line.recordIds(), line.exempted(), line.exemptionReason());
    }
}
