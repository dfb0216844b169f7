package org.perfportal.records.extranet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.perfportal.assessment.extranet.AdHocFinding;
import org.perfportal.shared.InvalidFieldException;

/**
 * A finding of an ad-hoc inspection (不定期巡查): the assessor's discretionary amount (酌情扣款,
 * zero or more) and the reason that keeps it traceable.
 */
@Entity
@Table(name = "extranet_ad_hoc_finding")
public class ExtranetAdHocFinding extends ExtranetRecord {

    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    protected ExtranetAdHocFinding() {
    }

    ExtranetAdHocFinding(LocalDate foundOn, BigDecimal amount, String reason) {
        if (amount.signum() < 0) {
            throw new InvalidFieldException("amount", "the amount must be zero or more, was " + amount);
        }
        this.foundOn = foundOn;
        this.amount = amount;
        this.reason = reason;
    }

    @Override
    protected String kindPrefix() {
        return "adhoc";
    }

    AdHocFinding toAdHocFinding() {
        return new AdHocFinding(recordId(), foundOn, amount, reason);
    }
}
