package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A finding of an ad-hoc inspection (不定期巡查): the owner deducts at its discretion (酌情扣款),
 * so the amount is the assessor's, and a reason is required to keep it traceable.
 *
 * @param id      record id
 * @param foundOn the day of the inspection
 * @param amount  yuan deducted, zero or more
 * @param reason  the assessor's reason
 */
public record AdHocFinding(String id, LocalDate foundOn, BigDecimal amount, String reason) {

    public AdHocFinding {
        Records.requireText(id, "ad-hoc finding id");
        Objects.requireNonNull(foundOn, "day of ad-hoc finding " + id);
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("ad-hoc finding " + id + ": the amount must be zero or more, was " + amount);
        }
        Records.requireText(reason, "reason of ad-hoc finding " + id);
    }
}
