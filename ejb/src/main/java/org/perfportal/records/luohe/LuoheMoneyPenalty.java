package org.perfportal.records.luohe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.perfportal.assessment.luohe.MoneyPenalty;
import org.perfportal.assessment.luohe.PenaltyKind;
import org.perfportal.contract.ServiceContract;

/**
 * A money penalty (处罚清单/重点监管事项扣款, 附件4.2 6–7) an assessor enters for one assessment
 * month: kind, the rate of the month's fee the assessor picked for a rate tariff (违规操作 10%–30%),
 * none for a fixed amount (the tariff of the scheme in force gives it), reason and evidence.
 */
@Entity
@Table(name = "luohe_money_penalty")
public class LuoheMoneyPenalty extends LuoheRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private ServiceContract contract;

    @Column(name = "month_label", nullable = false, length = 7)
    private String month;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private PenaltyKind kind;

    @Column(name = "rate", precision = 5, scale = 4)
    private BigDecimal rate;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "evidence", nullable = false, length = 2000)
    private String evidence;

    @Column(name = "evidence_file", length = 200)
    private String evidenceFile;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    protected LuoheMoneyPenalty() {
    }

    LuoheMoneyPenalty(ServiceContract contract, String month, PenaltyKind kind, BigDecimal rate, String reason,
                      String evidence, String evidenceFile, String enteredBy) {
        this.contract = contract;
        this.month = month;
        this.kind = kind;
        this.rate = rate;
        this.reason = reason;
        this.evidence = evidence;
        this.evidenceFile = evidenceFile;
        this.enteredBy = enteredBy;
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.PENALTY;
    }

    public String month() {
        return month;
    }

    public PenaltyKind penaltyKind() {
        return kind;
    }

    public BigDecimal rate() {
        return rate;
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

    MoneyPenalty toMoneyPenalty() {
        return new MoneyPenalty(recordId(), kind, rate, reason + "（证据：" + evidence + "）");
    }
}
