package org.perfportal.reports.monthly;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A traced line (考核明细) as a sheet prints it: the rule, its clause in the source document, what
 * happened, the points (or, on a penalty, the yuan) it costs, and the records behind it.
 *
 * @param rule        stable rule code, e.g. {@code ANOMALY-FAULT}
 * @param clause      clause of the source document, e.g. {@code 附件4.2 异常处置}
 * @param description what happened
 * @param amount      signed points on a score part or a deduction item, yuan on a penalty
 * @param records     the record ids behind the line, comma-separated; may be empty
 */
public record TracedLine(String rule, String clause, String description, BigDecimal amount, String records) {

    /** Requires all but the records. */
    public TracedLine {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
        records = records == null ? "" : records;
    }

    /** The rule and its clause as one cell: {@code ANOMALY-FAULT · 附件4.2 异常处置}. */
    public String basis() {
        return rule + " · " + clause;
    }
}
