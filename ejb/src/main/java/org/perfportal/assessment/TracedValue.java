package org.perfportal.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rule's result (规则结果): a value together with the trace lines that produce it. The value
 * is by construction the sum of the lines' amounts, so no rule can report a figure it cannot
 * explain.
 *
 * @param value the sum of the lines, unrounded (rounding happens once, at the last step)
 * @param lines the traced lines in the order the rule produced them
 */
public record TracedValue(BigDecimal value, List<TraceLine> lines) {

    public TracedValue {
        lines = List.copyOf(lines);
    }

    /** Sums the lines' amounts into the value. */
    public static TracedValue sumOf(List<TraceLine> lines) {
        BigDecimal sum = lines.stream().map(TraceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TracedValue(sum, lines);
    }
}
