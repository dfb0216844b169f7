package org.perfportal.records.luohe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.perfportal.assessment.luohe.DeductionItem;
import org.perfportal.assessment.luohe.DeductionKind;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.UsingUnit;

/**
 * A deduction item (扣分项, 附件4.2 5) an assessor enters for one assessment month: kind, points
 * (inside the kind's range of the scheme in force, checked by the record book), reason, evidence
 * (text and an optional reference to a file) and the unit and, where known, the system concerned.
 */
@Entity
@Table(name = "luohe_deduction")
public class LuoheDeduction extends LuoheRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private ServiceContract contract;

    @Column(name = "month_label", nullable = false, length = 7)
    private String month;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private DeductionKind kind;

    @Column(name = "points", nullable = false, precision = 5, scale = 2)
    private BigDecimal points;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "evidence", nullable = false, length = 2000)
    private String evidence;

    @Column(name = "evidence_file", length = 200)
    private String evidenceFile;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private UsingUnit unit;

    @ManyToOne
    @JoinColumn(name = "item_id")
    private OmItem item;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    protected LuoheDeduction() {
    }

    LuoheDeduction(ServiceContract contract, String month, DeductionKind kind, BigDecimal points, String reason,
                   String evidence, String evidenceFile, UsingUnit unit, OmItem item, String enteredBy) {
        this.contract = contract;
        this.month = month;
        this.kind = kind;
        this.points = points;
        this.reason = reason;
        this.evidence = evidence;
        this.evidenceFile = evidenceFile;
        this.unit = unit;
        this.item = item;
        this.enteredBy = enteredBy;
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.DEDUCTION;
    }

    public String month() {
        return month;
    }

    public DeductionKind deductionKind() {
        return kind;
    }

    public BigDecimal points() {
        return points;
    }

    public String reason() {
        return reason;
    }

    public String evidence() {
        return evidence;
    }

    public String evidenceFile() {
        return evidenceFile;
    }

    public UsingUnit unit() {
        return unit;
    }

    public OmItem item() {
        return item;
    }

    public String enteredBy() {
        return enteredBy;
    }

    DeductionItem toDeductionItem() {
        return new DeductionItem(recordId(), kind, points, reason + "（证据：" + evidence + "）", unitId(unit), systemId(item));
    }
}
