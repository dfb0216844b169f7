package org.perfportal.payment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One entry of the centralized review (集中复核, contract 第三条 2.): a reduction (核减) for the months an
 * O&amp;M item was not serviced (迁云上云、整合替代…), or a vendor cost the agency recognizes (认定费用,
 * with proof). Applied on the last installment (在第 4 次支付时进行核减).
 *
 * @param id     record id
 * @param kind   reduction or recognized cost
 * @param amount yuan, positive
 * @param reason the reason and, for a reduction, the item and months concerned
 */
public record ReviewAdjustment(long id, Kind kind, BigDecimal amount, String reason) {

    public ReviewAdjustment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a review adjustment is a positive amount, was " + amount);
        }
    }

    /** What the entry does to the last installment. */
    public enum Kind {
        /** 核减: items not serviced for some months; lowers the payable. */
        REDUCTION,
        /** 认定费用: costs the vendor proved (配合迁云上云等); raises the payable. */
        RECOGNIZED_COST
    }

    /** The signed effect on the payable: a reduction negative, a recognized cost positive. */
    public BigDecimal effect() {
        return kind == Kind.REDUCTION ? amount.negate() : amount;
    }
}
