package org.perfportal.records.ommonthly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An approved force-majeure exemption (不可抗力减免, 附件4.2: "因天气、自然灾害、火灾等不可抗力造成的
 * 维护超时酌情减免") on one record that would cost points or money: the record id, the reason and
 * the approver (组长/副组长) who granted it. At most one per record.
 */
@Entity
@Table(name = "om_exemption")
public class OmExemption extends OmRecord {

    @Column(name = "exempted_record", nullable = false, length = 40)
    private String exemptedRecord;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "approved_by", nullable = false, length = 100)
    private String approvedBy;

    protected OmExemption() {
    }

    OmExemption(String exemptedRecord, String reason, String approvedBy) {
        this.exemptedRecord = exemptedRecord;
        this.reason = reason;
        this.approvedBy = approvedBy;
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.EXEMPTION;
    }

    public String exemptedRecord() {
        return exemptedRecord;
    }

    public String reason() {
        return reason;
    }

    public String approvedBy() {
        return approvedBy;
    }

    /** The reason as the exempted line shows it, naming who approved. */
    String approvedReason() {
        return reason + "（" + approvedBy + " 批准）";
    }
}
