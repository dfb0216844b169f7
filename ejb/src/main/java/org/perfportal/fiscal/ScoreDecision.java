package org.perfportal.fiscal;

import java.math.BigDecimal;

/**
 * An assessor's scoring decision on one indicator (评分及调整理由): the suggested score, the score
 * given and, when they differ, the override reason (调整理由). Keeping all three lets a report
 * show every override beside the rule it departs from.
 *
 * @param suggested      what the rule gave
 * @param score          what the assessor gave
 * @param overrideReason why they differ; {@code null} when they do not
 */
public record ScoreDecision(BigDecimal suggested, BigDecimal score, String overrideReason) {

    public boolean isOverride() {
        return overrideReason != null;
    }
}
