package org.perfportal.records.extranet;

import org.perfportal.shared.CreationStampListener;
import org.perfportal.shared.CreationStamped;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.perfportal.assessment.extranet.ExtranetLine;
import org.perfportal.assessment.extranet.LocationClass;
import org.perfportal.contract.UsingUnit;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A stored extranet line (电子政务外网线路): its code on the contract (e.g. {@code WW-001}, unique in
 * the tenant), the using unit (使用单位) it serves, its location class, bandwidth and monthly fee
 * (月网费, greater than zero: most deductions are months of it).
 */
@Entity
@Table(name = "extranet_line")
@EntityListeners(CreationStampListener.class)
public class ExtranetLeasedLine extends TenantOwnedEntity implements CreationStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "using_unit_id", nullable = false)
    private UsingUnit usingUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "location", nullable = false, length = 20)
    private LocationClass location;

    @Column(name = "bandwidth", length = 20)
    private String bandwidth;

    @Column(name = "monthly_fee", nullable = false, precision = 14, scale = 2)
    private BigDecimal monthlyFee;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ExtranetLeasedLine() {
    }

    ExtranetLeasedLine(String code, UsingUnit usingUnit, LocationClass location, String bandwidth, BigDecimal monthlyFee) {
        if (monthlyFee.signum() <= 0) {
            throw new InvalidFieldException("monthlyFee", "the monthly fee must be greater than zero, was " + monthlyFee);
        }
        this.code = code;
        this.usingUnit = usingUnit;
        this.location = location;
        this.bandwidth = bandwidth;
        this.monthlyFee = monthlyFee;
    }

    public String code() {
        return code;
    }

    public long version() {
        return version;
    }

    /** The line as the rules read it; the using unit by name, as the sheet prints it. */
    ExtranetLine toExtranetLine() {
        return new ExtranetLine(code, usingUnit.name(), location, bandwidth, monthlyFee);
    }

    @Override
    public void stampCreation(OffsetDateTime at) {
        if (createdAt == null) {
            createdAt = at;
        }
    }
}
