package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The range of rent an assessor may deduct on one ground (核减幅度), in percent of the month's
 * rent, bounds included: 5–10 or 10–30 in the 2010 method. Percent rather than a fraction
 * because the assessor types "7.5" the way the method writes "5–10%".
 */
public record PercentageRange(BigDecimal min, BigDecimal max) {

    public PercentageRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.signum() < 0 || min.compareTo(max) > 0) {
            throw new IllegalArgumentException("a percentage range runs from 0 or more up to its max: " + min + "–" + max);
        }
    }

    public static PercentageRange of(String min, String max) {
        return new PercentageRange(new BigDecimal(min), new BigDecimal(max));
    }

    public boolean contains(BigDecimal percentage) {
        return percentage.compareTo(min) >= 0 && percentage.compareTo(max) <= 0;
    }

    @Override
    public String toString() {
        return min.toPlainString() + "–" + max.toPlainString() + "%";
    }
}
