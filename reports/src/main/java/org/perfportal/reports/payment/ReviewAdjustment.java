package org.perfportal.reports.payment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A centralized-review adjustment (集中复核调整) of the fourth installment: items stopped for cloud
 * migration reduced for the months not serviced (negative), costs the vendor proved recognized
 * (positive).
 *
 * @param description what was reviewed and why
 * @param amount      signed yuan added to (positive) or taken from (negative) the installment
 */
public record ReviewAdjustment(String description, BigDecimal amount) {

    /** Requires both. */
    public ReviewAdjustment {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
    }
}
