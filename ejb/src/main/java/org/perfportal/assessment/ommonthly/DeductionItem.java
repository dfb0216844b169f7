package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A deduction item (扣分项): points off the vendor's monthly score, entered by an assessor with
 * evidence or detected by the system (consecutive neglect), attached to the unit and, where
 * known, the system concerned.
 */
public record DeductionItem(String id, DeductionKind kind, BigDecimal points, String reason, String unitId,
                            String systemId) {

    public DeductionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(reason, "reason");
    }
}
