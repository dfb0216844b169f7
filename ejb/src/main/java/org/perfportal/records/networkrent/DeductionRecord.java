package org.perfportal.records.networkrent;

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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.perfportal.assessment.egovannual.RentDeduction;
import org.perfportal.assessment.egovannual.RentDeductionGround;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A rent deduction the assessor decided for one incident (租赁费核减决定): the ground, the
 * percentage chosen within the ground's range and the reason, and who decided. Checked by
 * {@link org.perfportal.assessment.egovannual.NetworkRentRule} before it is stored; never edited.
 */
@Entity
@Table(name = "network_rent_deduction")
@EntityListeners(CreationStampListener.class)
public class DeductionRecord extends TenantOwnedEntity implements CreationStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private IncidentRecord incident;

    @Enumerated(EnumType.STRING)
    @Column(name = "ground", nullable = false, length = 60)
    private RentDeductionGround ground;

    @Column(name = "percentage", nullable = false, precision = 7, scale = 4)
    private BigDecimal percentage;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected DeductionRecord() {
    }

    DeductionRecord(IncidentRecord incident, RentDeductionGround ground, BigDecimal percentage, String reason, String decidedBy) {
        this.incident = incident;
        this.ground = ground;
        this.percentage = percentage;
        this.reason = reason.strip();
        this.decidedBy = decidedBy;
    }

    /** The deduction as the pure rent rule reads it. */
    public RentDeduction toDeduction() {
        return new RentDeduction(recordId(), incident.recordId(), ground, percentage, reason);
    }

    public String recordId() {
        return "deduction-" + id;
    }

    public IncidentRecord incident() {
        return incident;
    }

    public RentDeductionGround ground() {
        return ground;
    }

    public BigDecimal percentage() {
        return percentage;
    }

    public String reason() {
        return reason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    @Override
    public void stampCreation(OffsetDateTime at) {
        if (createdAt == null) {
            createdAt = at;
        }
    }
}
