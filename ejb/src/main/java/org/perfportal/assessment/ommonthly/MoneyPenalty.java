package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A money penalty (处罚/重点监管扣款) recorded in the month. For a rate tariff the assessor
 * picks {@code rate} inside the scheme's range (null when the range is a single value, e.g.
 * sabotage 100%); for a fixed tariff {@code rate} is null.
 */
public record MoneyPenalty(String id, PenaltyKind kind, BigDecimal rate, String reason) {

    public MoneyPenalty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
