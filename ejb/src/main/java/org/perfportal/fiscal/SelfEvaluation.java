package org.perfportal.fiscal;

import org.perfportal.shared.CreationStampListener;
import org.perfportal.shared.CreationStamped;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perfportal.scheme.AppliedScheme;
import org.perfportal.shared.ConflictException;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * One version of a project's performance self-evaluation form (绩效自评表): what the implementing
 * unit wrote ({@link SelfEvaluationContent}) and, once submitted, the figures the rules computed
 * (执行率, 预算执行得分, 指标得分, 总分, 评价等级) frozen as they were. A draft (草稿) may be revised;
 * a submitted or reviewed form never changes — a correction is version n+1, a draft copy, so
 * every filed version stays as evidence.
 */
@Entity
@Table(name = "fiscal_self_evaluation")
@EntityListeners(CreationStampListener.class)
public class SelfEvaluation extends TenantOwnedEntity implements CreationStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private FiscalProject project;

    /** 版本号: 1 for the first form of the project, n+1 for each correction. */
    @Column(name = "form_version", nullable = false)
    private int formVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SelfEvaluationStatus status;

    @Column(name = "annual_goal", nullable = false)
    private String annualGoal;

    @Column(name = "actual_completion", nullable = false)
    private String actualCompletion;

    @Column(name = "initial_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal initialTotal;
    @Column(name = "initial_appropriation", nullable = false, precision = 18, scale = 2)
    private BigDecimal initialAppropriation;
    @Column(name = "initial_carryover", nullable = false, precision = 18, scale = 2)
    private BigDecimal initialCarryover;
    @Column(name = "initial_other", nullable = false, precision = 18, scale = 2)
    private BigDecimal initialOther;

    @Column(name = "annual_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal annualTotal;
    @Column(name = "annual_appropriation", nullable = false, precision = 18, scale = 2)
    private BigDecimal annualAppropriation;
    @Column(name = "annual_carryover", nullable = false, precision = 18, scale = 2)
    private BigDecimal annualCarryover;
    @Column(name = "annual_other", nullable = false, precision = 18, scale = 2)
    private BigDecimal annualOther;

    @Column(name = "executed_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal executedTotal;
    @Column(name = "executed_appropriation", nullable = false, precision = 18, scale = 2)
    private BigDecimal executedAppropriation;
    @Column(name = "executed_carryover", nullable = false, precision = 18, scale = 2)
    private BigDecimal executedCarryover;
    @Column(name = "executed_other", nullable = false, precision = 18, scale = 2)
    private BigDecimal executedOther;

    @Column(name = "over_budget_note")
    private String overBudgetNote;

    @Column(name = "recorded_rate_percent", precision = 7, scale = 2)
    private BigDecimal recordedRatePercent;
    @Column(name = "recorded_budget_score", precision = 5, scale = 2)
    private BigDecimal recordedBudgetScore;
    @Column(name = "recorded_total", precision = 5, scale = 2)
    private BigDecimal recordedTotal;

    @Column(name = "computed_basis", length = 100)
    private String computedBasis;
    @Column(name = "computed_rate_percent", precision = 7, scale = 2)
    private BigDecimal computedRatePercent;
    @Column(name = "computed_budget_score", precision = 5, scale = 2)
    private BigDecimal computedBudgetScore;
    @Column(name = "computed_indicator_score", precision = 5, scale = 2)
    private BigDecimal computedIndicatorScore;
    @Column(name = "computed_total", precision = 5, scale = 2)
    private BigDecimal computedTotal;
    @Enumerated(EnumType.STRING)
    @Column(name = "computed_grade", length = 20)
    private Grade computedGrade;

    /** The scheme version (fiscal-self-evaluation) last computed with; the one the filed figures came from once submitted. */
    @Column(name = "scheme_id")
    private Long schemeId;
    @Column(name = "scheme_version_label", length = 60)
    private String schemeVersionLabel;

    // Eager: the web layer maps the aggregate after the transaction, when no tenant-bound context could lazy-load.
    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<SelfEvaluationIndicator> indicators = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;
    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SelfEvaluation() {
    }

    SelfEvaluation(FiscalProject project, int formVersion, SelfEvaluationContent content) {
        this.project = project;
        this.formVersion = formVersion;
        this.status = SelfEvaluationStatus.DRAFT;
        write(content);
    }

    /** Replaces the draft's content. */
    void revise(SelfEvaluationContent content) {
        requireDraft("only a draft can be edited; create a new version to correct it");
        write(content);
    }

    /**
     * Notes the scheme version a draft was just computed with; a filed form keeps the one it was
     * submitted with, whatever is published later.
     */
    void computedWith(AppliedScheme<FiscalTemplate> scheme) {
        requireDraft("a filed form keeps the scheme it was submitted with");
        schemeId = scheme.schemeId();
        schemeVersionLabel = scheme.versionLabel();
    }

    /** Throws 409 {@code status} unless this is a draft. */
    void requireDraft(String why) {
        requireStatus(SelfEvaluationStatus.DRAFT, why);
    }

    /** Freezes the draft with the figures computed from it (提交) under the scheme it was last computed with. */
    void submit(SelfEvaluationResult result, OffsetDateTime at) {
        requireStatus(SelfEvaluationStatus.DRAFT, "only a draft can be submitted");
        computedBasis = result.basis();
        computedRatePercent = result.budget().ratePercent();
        computedBudgetScore = result.budget().score();
        computedIndicatorScore = result.indicatorScore();
        computedTotal = result.total();
        computedGrade = result.grade();
        status = SelfEvaluationStatus.SUBMITTED;
        submittedAt = at;
    }

    /** The competent department's review (主管部门审核) of a submitted form. */
    void review(OffsetDateTime at) {
        requireStatus(SelfEvaluationStatus.SUBMITTED, "only a submitted form can be reviewed");
        status = SelfEvaluationStatus.REVIEWED;
        reviewedAt = at;
    }

    /** Version n+1 as a draft copy of this filed version (更正). */
    SelfEvaluation nextVersion() {
        if (status == SelfEvaluationStatus.DRAFT) {
            throw new ConflictException("status", "version " + formVersion + " is still a draft: edit it instead");
        }
        return new SelfEvaluation(project, formVersion + 1, content());
    }

    private void requireStatus(SelfEvaluationStatus required, String why) {
        if (status != required) {
            throw new ConflictException("status", "self-evaluation " + id + " version " + formVersion + " is "
                    + status + ": " + why);
        }
    }

    private void write(SelfEvaluationContent content) {
        annualGoal = content.annualGoal();
        actualCompletion = content.actualCompletion();
        initialTotal = content.initialBudget().total();
        initialAppropriation = content.initialBudget().currentYearAppropriation();
        initialCarryover = content.initialBudget().priorYearCarryover();
        initialOther = content.initialBudget().otherFunds();
        annualTotal = content.annualBudget().total();
        annualAppropriation = content.annualBudget().currentYearAppropriation();
        annualCarryover = content.annualBudget().priorYearCarryover();
        annualOther = content.annualBudget().otherFunds();
        executedTotal = content.executed().total();
        executedAppropriation = content.executed().currentYearAppropriation();
        executedCarryover = content.executed().priorYearCarryover();
        executedOther = content.executed().otherFunds();
        overBudgetNote = content.overBudgetNote();
        RecordedFigures recorded = content.recorded();
        recordedRatePercent = recorded == null ? null : recorded.ratePercent();
        recordedBudgetScore = recorded == null ? null : recorded.budgetScore();
        recordedTotal = recorded == null ? null : recorded.total();
        indicators.clear();
        for (IndicatorEntry entry : content.indicators()) {
            indicators.add(new SelfEvaluationIndicator(this, indicators.size(), entry));
        }
    }

    public SelfEvaluationContent content() {
        RecordedFigures recorded = recordedRatePercent == null ? null
                : new RecordedFigures(recordedRatePercent, recordedBudgetScore, recordedTotal);
        return new SelfEvaluationContent(annualGoal, actualCompletion,
                new FundSplit(initialTotal, initialAppropriation, initialCarryover, initialOther),
                new FundSplit(annualTotal, annualAppropriation, annualCarryover, annualOther),
                new FundSplit(executedTotal, executedAppropriation, executedCarryover, executedOther),
                overBudgetNote, indicators.stream().map(SelfEvaluationIndicator::entry).toList(), recorded);
    }

    /**
     * The figures frozen at submission (提交时计算结果); empty for a draft.
     */
    public Optional<SubmittedFigures> submitted() {
        return computedTotal == null ? Optional.empty()
                : Optional.of(new SubmittedFigures(computedBasis, computedRatePercent, computedBudgetScore,
                        computedIndicatorScore, computedTotal, computedGrade, submittedAt));
    }

    /** The scheme version last computed with (a draft) or submitted with (a filed form); empty before either. */
    public Optional<Long> schemeId() {
        return Optional.ofNullable(schemeId);
    }

    public String schemeVersionLabel() {
        return schemeVersionLabel;
    }

    public Long id() {
        return id;
    }

    public FiscalProject project() {
        return project;
    }

    public int formVersion() {
        return formVersion;
    }

    public SelfEvaluationStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime reviewedAt() {
        return reviewedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public void stampCreation(OffsetDateTime at) {
        if (createdAt == null) {
            createdAt = at;
        }
    }
}
