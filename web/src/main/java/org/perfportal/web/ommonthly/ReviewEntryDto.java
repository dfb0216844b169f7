package org.perfportal.web.ommonthly;

import java.math.BigDecimal;
import org.perfportal.payment.ReviewAdjustment;

/**
 * A centralized review entry (集中复核) as the assessor enters it: {@code REDUCTION} (核减) with the
 * item not serviced and the months, or {@code RECOGNIZED_COST} (认定费用); amount and reason.
 */
public record ReviewEntryDto(ReviewAdjustment.Kind kind, Long itemId, Integer monthsNotServiced, BigDecimal amount,
                             String reason) {
}
