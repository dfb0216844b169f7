package org.perfportal.records.ommonthly;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.perfportal.contract.ServiceContract;

/**
 * What an assessor's entry (考核小组录入) has, be it a deduction item or a money penalty: the
 * contract and the assessment month it counts in ({@code 2026-07}), the reason, the evidence
 * (证据: a text and optionally a reference to a file) and who entered it.
 */
@MappedSuperclass
public abstract class OmAssessorEntry extends OmRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private ServiceContract contract;

    @Column(name = "month_label", nullable = false, length = 7)
    private String month;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "evidence", nullable = false, length = 2000)
    private String evidence;

    @Column(name = "evidence_file", length = 200)
    private String evidenceFile;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    protected OmAssessorEntry() {
    }

    protected OmAssessorEntry(ServiceContract contract, String month, String reason, String evidence,
                                 String evidenceFile, String enteredBy) {
        this.contract = contract;
        this.month = month;
        this.reason = reason;
        this.evidence = evidence;
        this.evidenceFile = evidenceFile;
        this.enteredBy = enteredBy;
    }

    public ServiceContract contract() {
        return contract;
    }

    public String month() {
        return month;
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

    public String enteredBy() {
        return enteredBy;
    }

    /** The reason with its evidence, as the trace line shows it. */
    protected String justification() {
        return reason + "（证据：" + evidence + "）";
    }
}
