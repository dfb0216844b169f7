package org.perfportal.records.extranet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.perfportal.assessment.extranet.ForceMajeureCause;
import org.perfportal.assessment.extranet.ForceMajeureExemption;

/**
 * An approved force-majeure exemption (不可抗力免责) on one record: its cause, the evidence or
 * reason, and the approver (组长/副组长) who granted it. At most one per record.
 */
@Entity
@Table(name = "extranet_exemption")
public class ExtranetExemption extends ExtranetRecord {

    @Column(name = "exempted_record", nullable = false, length = 40)
    private String exemptedRecord;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause", nullable = false, length = 40)
    private ForceMajeureCause cause;

    @Column(name = "explanation", nullable = false, length = 1000)
    private String explanation;

    @Column(name = "approved_by", nullable = false, length = 100)
    private String approvedBy;

    protected ExtranetExemption() {
    }

    ExtranetExemption(String exemptedRecord, ForceMajeureCause cause, String explanation, String approvedBy) {
        this.exemptedRecord = exemptedRecord;
        this.cause = cause;
        this.explanation = explanation;
        this.approvedBy = approvedBy;
    }

    @Override
    protected String kindPrefix() {
        return "exemption";
    }

    ForceMajeureExemption toExemption() {
        return new ForceMajeureExemption(exemptedRecord, cause, explanation + "（" + approvedBy + " 批准）");
    }
}
