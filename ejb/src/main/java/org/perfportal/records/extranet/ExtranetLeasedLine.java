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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.perfportal.assessment.extranet.ExtranetLine;
import org.perfportal.assessment.extranet.LocationClass;
import org.perfportal.contract.UsingUnit;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A stored extranet line (电子政务外网线路): its code on the contract (e.g. {@code WW-001}, unique in
 * the tenant), the operator contract (运营商合同) it is leased under, the using unit (使用单位) it
 * serves, its location class, bandwidth and monthly fee (月网费, greater than zero: most deductions
 * are months of it), and its service dates: the first day in service (开通) and, once retired by
 * the bureau, the first day out of service (撤销). Every fee base counts only the lines of the
 * assessed contract in service in the month it names (issue 17), so a line is retired, never deleted:
 * its faults and the months it was billed stay on the sheets that read them.
 *
 * <p>Lines registered before contracts and dates were recorded keep a null contract (changeset
 * {@code 0060-extranet-line-contract} gives them the tenant's only contract where there is one) and
 * count for whichever contract is assessed, as they always did.
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

    @ManyToOne
    @JoinColumn(name = "contract_id")
    private ExtranetContract contract;

    @Column(name = "in_service_from")
    private LocalDate inServiceFrom;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ExtranetLeasedLine() {
    }

    /**
     * A line of {@code contract} (null: of no named contract) from {@code inServiceFrom} (null: the
     * contract's first day; without a contract, in service before the book began). A line of a
     * contract starts inside its service period.
     */
    ExtranetLeasedLine(String code, UsingUnit usingUnit, LocationClass location, String bandwidth, BigDecimal monthlyFee,
                       ExtranetContract contract, LocalDate inServiceFrom) {
        if (monthlyFee.signum() <= 0) {
            throw new InvalidFieldException("monthlyFee", "the monthly fee must be greater than zero, was " + monthlyFee);
        }
        LocalDate from = inServiceFrom == null && contract != null ? contract.serviceStart() : inServiceFrom;
        if (contract != null && (from.isBefore(contract.serviceStart()) || from.isAfter(contract.serviceEnd()))) {
            throw new InvalidFieldException("inServiceFrom", "a line of contract " + contract.number() + " starts inside its service period "
                    + contract.serviceStart() + " … " + contract.serviceEnd() + ", was " + from);
        }
        this.code = code;
        this.usingUnit = usingUnit;
        this.location = location;
        this.bandwidth = bandwidth;
        this.monthlyFee = monthlyFee;
        this.contract = contract;
        this.inServiceFrom = from;
    }

    /**
     * Takes the line out of service from {@code day} on (撤销, the first day without it): after its
     * first day in service, once.
     */
    void retire(LocalDate day) {
        if (retiredOn != null) {
            throw new ConflictException("retiredOn", "line " + code + " is already retired from " + retiredOn);
        }
        if (inServiceFrom != null && !day.isAfter(inServiceFrom)) {
            throw new InvalidFieldException("retiredOn", "line " + code + " is in service from " + inServiceFrom
                    + "; it can be retired from a later day, was " + day);
        }
        retiredOn = day;
    }

    public String code() {
        return code;
    }

    public long version() {
        return version;
    }

    /** The line as the rules read it; the using unit by name, as the sheet prints it. */
    ExtranetLine toExtranetLine() {
        return new ExtranetLine(code, usingUnit.name(), location, bandwidth, monthlyFee, contract == null ? null : contract.id(),
                inServiceFrom, retiredOn);
    }

    @Override
    public void stampCreation(OffsetDateTime at) {
        if (createdAt == null) {
            createdAt = at;
        }
    }
}
