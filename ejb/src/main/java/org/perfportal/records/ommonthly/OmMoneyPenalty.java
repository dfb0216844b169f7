package org.perfportal.records.ommonthly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.perfportal.assessment.ommonthly.MoneyPenalty;
import org.perfportal.assessment.ommonthly.PenaltyKind;
import org.perfportal.contract.ServiceContract;

/**
 * A money penalty (处罚清单/重点监管事项扣款, 附件4.2 6–7) an assessor enters for one assessment
 * month: kind and, for a rate tariff, the rate of the month's fee the assessor picked (违规操作
 * 10%–30%); none for a fixed amount, which the tariff of the scheme in force gives.
 */
@Entity
@Table(name = "om_money_penalty")
public class OmMoneyPenalty extends OmAssessorEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private PenaltyKind kind;

    @Column(name = "rate", precision = 5, scale = 4)
    private BigDecimal rate;

    protected OmMoneyPenalty() {
    }

    OmMoneyPenalty(ServiceContract contract, String month, PenaltyKind kind, BigDecimal rate, String reason,
                      String evidence, String evidenceFile, String enteredBy) {
        super(contract, month, reason, evidence, evidenceFile, enteredBy);
        this.kind = kind;
        this.rate = rate;
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.PENALTY;
    }

    public PenaltyKind penaltyKind() {
        return kind;
    }

    public BigDecimal rate() {
        return rate;
    }

    MoneyPenalty toMoneyPenalty() {
        return new MoneyPenalty(recordId(), kind, rate, justification());
    }
}
