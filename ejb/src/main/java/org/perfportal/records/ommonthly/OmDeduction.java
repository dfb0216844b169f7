package org.perfportal.records.ommonthly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.perfportal.assessment.ommonthly.DeductionItem;
import org.perfportal.assessment.ommonthly.DeductionKind;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.UsingUnit;

/**
 * A deduction item (扣分项, 附件4.2 5) an assessor enters for one assessment month: kind, points
 * (inside the kind's range of the scheme in force, checked by the record book), and the unit and,
 * where known, the system concerned.
 */
@Entity
@Table(name = "om_deduction")
public class OmDeduction extends OmAssessorEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private DeductionKind kind;

    @Column(name = "points", nullable = false, precision = 5, scale = 2)
    private BigDecimal points;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private UsingUnit unit;

    @ManyToOne
    @JoinColumn(name = "item_id")
    private OmItem item;

    protected OmDeduction() {
    }

    OmDeduction(ServiceContract contract, String month, DeductionKind kind, BigDecimal points, String reason,
                   String evidence, String evidenceFile, UsingUnit unit, OmItem item, String enteredBy) {
        super(contract, month, reason, evidence, evidenceFile, enteredBy);
        this.kind = kind;
        this.points = points;
        this.unit = unit;
        this.item = item;
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.DEDUCTION;
    }

    public DeductionKind deductionKind() {
        return kind;
    }

    public BigDecimal points() {
        return points;
    }

    public UsingUnit unit() {
        return unit;
    }

    public OmItem item() {
        return item;
    }

    DeductionItem toDeductionItem() {
        return new DeductionItem(recordId(), kind, points, justification(), unitId(unit), systemId(item));
    }
}
