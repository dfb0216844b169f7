package org.perfportal.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One traced line of an assessment (考核明细): the signed contribution of one rule
 * application to a score or to a money total. Awards are positive, deductions (扣分/扣减)
 * negative for points; for money, the yuan deducted are positive. A part's value is always
 * the sum of its lines, so a reader can re-add any result by hand.
 *
 * <p>A force-majeure exemption (不可抗力减免) does not delete the line: it stays visible with
 * {@code amount} zero, {@code exempted} set and the reason, as DOMAIN §1 requires.
 *
 * @param ruleCode        stable code of the rule, e.g. {@code ANOMALY-FAULT}
 * @param clause          clause of the source document, e.g. "附件4.2 异常处置-故障处置"
 * @param description     human-readable explanation of this application of the rule
 * @param measure         points or yuan
 * @param amount          signed contribution (zero when exempted)
 * @param recordIds       ids of the records behind the line (may be empty)
 * @param exempted        whether an approved exemption neutralised the line
 * @param exemptionReason the reason of the exemption, {@code null} when not exempted
 */
public record TraceLine(String ruleCode, String clause, String description, Measure measure, BigDecimal amount,
                        List<String> recordIds, boolean exempted, String exemptionReason) {

    public TraceLine {
        Objects.requireNonNull(ruleCode, "ruleCode");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(amount, "amount");
        recordIds = List.copyOf(recordIds);
        if (exempted && (exemptionReason == null || amount.signum() != 0)) {
            throw new IllegalArgumentException("an exempted line has a reason and a zero amount");
        }
    }

    /** A line that counts: points or yuan with the records behind it. */
    public static TraceLine of(String ruleCode, String clause, String description, Measure measure,
                               BigDecimal amount, List<String> recordIds) {
        return new TraceLine(ruleCode, clause, description, measure, amount, recordIds, false, null);
    }

    /**
     * The same line neutralised by an approved exemption: zero amount, reason kept. The zero keeps
     * the amount's decimals (a yuan line rounded to fen becomes {@code 0.00}), so the line prints
     * like its neighbours.
     */
    public TraceLine exempt(String reason) {
        return new TraceLine(ruleCode, clause, description, measure,
                BigDecimal.ZERO.setScale(Math.max(amount.scale(), 0)), recordIds, true, reason);
    }
}
