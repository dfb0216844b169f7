package org.perfportal.records.ommonthly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.List;
import org.perfportal.assessment.ommonthly.SatisfactionForm;
import org.perfportal.assessment.ommonthly.SatisfactionLevel;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.UsingUnit;
import org.perfportal.shared.InvalidFieldException;

/**
 * A unit's satisfaction form (政务信息系统运维满意度评价表, 附件4.1) for one assessment month: the
 * five ratings in the form's order (运维服务对接情况, 系统正常使用情况, 异常响应情况, 异常解决情况,
 * 运维公司服务态度), whether an O&amp;M accident happened (是否发生运维事故), the reasons for
 * dissatisfaction (不满意原因) and suggestions (意见建议). Submitted once per unit and month: the
 * paper form is signed and stamped, so a second one is a conflict, not an edit.
 */
@Entity
@Table(name = "om_satisfaction_form")
public class OmSatisfactionForm extends OmRecord {

    /** The items of the printed form (附件4.1). */
    public static final int ITEMS = 5;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private ServiceContract contract;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private UsingUnit unit;

    @Column(name = "month_label", nullable = false, length = 7)
    private String month;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_liaison", nullable = false, length = 30)
    private SatisfactionLevel liaison;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_operation", nullable = false, length = 30)
    private SatisfactionLevel operation;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_response", nullable = false, length = 30)
    private SatisfactionLevel response;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_resolution", nullable = false, length = 30)
    private SatisfactionLevel resolution;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_attitude", nullable = false, length = 30)
    private SatisfactionLevel attitude;

    @Column(name = "accident", nullable = false)
    private boolean accident;

    @Column(name = "reasons", length = 2000)
    private String reasons;

    @Column(name = "suggestions", length = 2000)
    private String suggestions;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    protected OmSatisfactionForm() {
    }

    OmSatisfactionForm(ServiceContract contract, UsingUnit unit, String month, List<SatisfactionLevel> ratings,
                          boolean accident, String reasons, String suggestions, OffsetDateTime submittedAt,
                          String submittedBy) {
        if (ratings.size() != ITEMS) {
            throw new InvalidFieldException("ratings", "the form has " + ITEMS + " items (附件4.1), got " + ratings.size());
        }
        this.contract = contract;
        this.unit = unit;
        this.month = month;
        this.liaison = ratings.get(0);
        this.operation = ratings.get(1);
        this.response = ratings.get(2);
        this.resolution = ratings.get(3);
        this.attitude = ratings.get(4);
        this.accident = accident;
        this.reasons = reasons;
        this.suggestions = suggestions;
        this.submittedAt = utc(submittedAt);
        this.submittedBy = submittedBy;
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.SATISFACTION_FORM;
    }

    public ServiceContract contract() {
        return contract;
    }

    public UsingUnit unit() {
        return unit;
    }

    public String month() {
        return month;
    }

    public List<SatisfactionLevel> ratings() {
        return List.of(liaison, operation, response, resolution, attitude);
    }

    public boolean accident() {
        return accident;
    }

    public String reasons() {
        return reasons;
    }

    public String suggestions() {
        return suggestions;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    SatisfactionForm toSatisfactionForm() {
        return new SatisfactionForm(recordId(), ratings(), accident);
    }

    @Override
    protected Map<String, OffsetDateTime> times() {
        Map<String, OffsetDateTime> times = new LinkedHashMap<>();
        times.put("submittedAt", submittedAt);
        return times;
    }
}
