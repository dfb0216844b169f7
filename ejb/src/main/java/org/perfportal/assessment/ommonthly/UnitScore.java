package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;

import org.perfportal.assessment.TracedValue;

/**
 * A using unit's monthly score (使用单位月度得分, 100 points): the four parts of 附件4.2, each
 * with its lines. The total is unrounded: it feeds the vendor mean, rounded once at the end.
 */
public record UnitScore(String unitId, TracedValue satisfaction, TracedValue routineWork, TracedValue anomalyHandling,
                        TracedValue documents) {

    public BigDecimal total() {
        return satisfaction.value().add(routineWork.value()).add(anomalyHandling.value()).add(documents.value());
    }
}
