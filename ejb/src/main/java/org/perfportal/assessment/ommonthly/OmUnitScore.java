package org.perfportal.assessment.ommonthly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.perfportal.assessment.Decimals;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A using unit's score in a stored Luohe month result (使用单位得分): the four parts of 附件4.2 and
 * the total, unrounded (the vendor mean is taken over them before the one rounding). Written once
 * with its {@link OmMonthSummary}.
 */
@Entity
@Table(name = "om_unit_score")
public class OmUnitScore extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "summary_id", nullable = false)
    private OmMonthSummary summary;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "unit_id", nullable = false, length = 40)
    private String unitId;

    @Column(name = "satisfaction", nullable = false, precision = 24, scale = 10)
    private BigDecimal satisfaction;

    @Column(name = "routine_work", nullable = false, precision = 24, scale = 10)
    private BigDecimal routineWork;

    @Column(name = "anomaly_handling", nullable = false, precision = 24, scale = 10)
    private BigDecimal anomalyHandling;

    @Column(name = "documents", nullable = false, precision = 24, scale = 10)
    private BigDecimal documents;

    @Column(name = "total", nullable = false, precision = 24, scale = 10)
    private BigDecimal total;

    protected OmUnitScore() {
    }

    OmUnitScore(OmMonthSummary summary, int position, UnitScore score) {
        this.summary = summary;
        this.position = position;
        this.unitId = score.unitId();
        this.satisfaction = score.satisfaction().value();
        this.routineWork = score.routineWork().value();
        this.anomalyHandling = score.anomalyHandling().value();
        this.documents = score.documents().value();
        this.total = score.total();
    }

    public String unitId() {
        return unitId;
    }

    public BigDecimal satisfaction() {
        return Decimals.normalized(satisfaction);
    }

    public BigDecimal routineWork() {
        return Decimals.normalized(routineWork);
    }

    public BigDecimal anomalyHandling() {
        return Decimals.normalized(anomalyHandling);
    }

    public BigDecimal documents() {
        return Decimals.normalized(documents);
    }

    public BigDecimal total() {
        return Decimals.normalized(total);
    }
}
