package org.perfportal.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.perfportal.shared.ConflictException;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * An assessment result (考核结果): one computation of a scheme version over one period's records —
 * kind, subject (the contract assessed, for kinds assessed per contract such as Luohe's monthly
 * assessment; none for kinds assessing the whole tenant such as Ordos'), period label (e.g.
 * {@code 2026-H1}, {@code 2026-06}), the scheme version used, revision number, total and traced
 * lines — moving through the {@link AssessmentStatus} lifecycle. Only a draft can be edited;
 * recomputing never touches an existing result but makes the next revision, so an approved result
 * stays exactly as it was published. The approval instant is kept (payment due dates count from
 * it) and a vendor's dispute keeps its reason (复核理由).
 */
@Entity
@Table(name = "assessment")
public class Assessment extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    /** The contract the result is about; null for kinds that assess the whole tenant. */
    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "period_label", nullable = false, length = 20)
    private String periodLabel;

    @Column(name = "scheme_id", nullable = false)
    private long schemeId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AssessmentStatus status;

    @Column(name = "total", nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    /** The assessment group's explanation (考核小组说明), editable while the result is a draft. */
    @Column(name = "remark", length = 2000)
    private String remark;

    @Column(name = "computed_at", nullable = false)
    private OffsetDateTime computedAt;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    /** The vendor's reason for disputing the approved result (复核申请理由). */
    @Column(name = "dispute_reason", length = 2000)
    private String disputeReason;

    /** Eager: a result is never shown without its lines, and they must load inside the tenant's transaction. */
    @OneToMany(mappedBy = "assessment", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<AssessmentLine> lines = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Assessment() {
    }

    Assessment(String kind, Long subjectId, String periodLabel, long schemeId, int revision, BigDecimal total,
               List<ScopedLine> traced, OffsetDateTime computedAt) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.periodLabel = periodLabel;
        this.schemeId = schemeId;
        this.revision = revision;
        this.total = total;
        this.status = AssessmentStatus.DRAFT;
        this.computedAt = computedAt.withOffsetSameInstant(ZoneOffset.UTC);
        for (ScopedLine line : traced) {
            lines.add(new AssessmentLine(this, lines.size() + 1, line));
        }
    }

    void moveTo(AssessmentStatus target, OffsetDateTime at) {
        if (!target.reachableFrom(status)) {
            throw new ConflictException("status", "a " + status + " result cannot become " + target);
        }
        status = target;
        if (target == AssessmentStatus.APPROVED) {
            approvedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        }
    }

    void dispute(String reason, OffsetDateTime at) {
        moveTo(AssessmentStatus.DISPUTED, at);
        disputeReason = reason;
    }

    void reviseRemark(String remark) {
        if (status != AssessmentStatus.DRAFT) {
            throw new ConflictException("status", "a " + status + " result cannot be edited; recompute to make a new revision");
        }
        this.remark = remark;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public Long subjectId() {
        return subjectId;
    }

    public String periodLabel() {
        return periodLabel;
    }

    public long schemeId() {
        return schemeId;
    }

    public int revision() {
        return revision;
    }

    public AssessmentStatus status() {
        return status;
    }

    public BigDecimal total() {
        return total;
    }

    public String remark() {
        return remark;
    }

    public OffsetDateTime computedAt() {
        return computedAt;
    }

    public OffsetDateTime approvedAt() {
        return approvedAt;
    }

    public String disputeReason() {
        return disputeReason;
    }

    public List<TraceLine> lines() {
        return lines.stream().map(AssessmentLine::toTraceLine).toList();
    }

    /** The lines with the part of the subject each belongs to (e.g. a using unit), null for the whole. */
    public List<ScopedLine> scopedLines() {
        return lines.stream().map(AssessmentLine::toScopedLine).toList();
    }

    public long version() {
        return version;
    }
}
