package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;

/**
 * The points an assessor may take for one deduction item (扣分幅度), e.g. 有责投诉 1–10;
 * a fixed deduction is a range with equal bounds (未履行报备义务 5–5).
 */
public record PointRange(BigDecimal min, BigDecimal max) {

    public static PointRange of(int min, int max) {
        return new PointRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    public boolean contains(BigDecimal points) {
        return points.compareTo(min) >= 0 && points.compareTo(max) <= 0;
    }
}
