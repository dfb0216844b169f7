package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Figures printed on an imported self-evaluation form (表上填报数): execution rate (执行率),
 * budget execution score (预算执行得分) and total (总分). They are kept as filed, not recomputed,
 * so that a disagreement with the form's own amounts can be shown rather than hidden.
 *
 * @param ratePercent execution rate in percent as printed (92.64 for "92.64%")
 * @param budgetScore budget execution score as printed
 * @param total       total score as printed
 */
public record RecordedFigures(BigDecimal ratePercent, BigDecimal budgetScore, BigDecimal total) {

    public RecordedFigures {
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(budgetScore, "budgetScore");
        Objects.requireNonNull(total, "total");
    }
}
