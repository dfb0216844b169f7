package org.perfportal.assessment.egovannual;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perfportal.contract.UsingUnit;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A unit's annual assessment sheet (年度考核评分表) as stored: the year, the unit, the indicator set
 * it is scored on, its per-indicator scores and, once the unit hands in its self-check report
 * (自查报告, "形成自查报告，报考核小组"), when it did so. Handing in closes the unit's
 * self-assessment even before the deadline, so the group never reviews a moving target.
 */
@Entity
@Table(name = "egov_annual_sheet")
@EntityListeners(CreationStampListener.class)
public class AnnualSheet extends TenantOwnedEntity implements CreationStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year", nullable = false)
    private int year;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private UsingUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private UnitCategory category;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** Eager: a sheet is never read without its scores, and they must load inside the tenant's transaction. */
    @OneToMany(mappedBy = "sheet", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<AnnualScore> scores = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AnnualSheet() {
    }

    AnnualSheet(int year, UsingUnit unit, UnitCategory category) {
        this.year = year;
        this.unit = unit;
        this.category = category;
    }

    Optional<AnnualScore> score(String code) {
        return scores.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    AnnualScore addScore(String code) {
        AnnualScore score = new AnnualScore(this, code);
        scores.add(score);
        return score;
    }

    void submit(OffsetDateTime at) {
        this.submittedAt = at;
    }

    /** The sheet as the pure rule reads it, when every indicator of {@code set} has a reviewed score. */
    Optional<UnitScoreSheet> reviewed(IndicatorSet set) {
        List<IndicatorScore> reviewed = new ArrayList<>();
        for (Indicator indicator : set.indicators()) {
            Optional<AnnualScore> score = score(indicator.code());
            if (score.isEmpty() || score.get().reviewedScore() == null) {
                return Optional.empty();
            }
            reviewed.add(score.get().toIndicatorScore());
        }
        return Optional.of(new UnitScoreSheet(String.valueOf(unit.id()), unit.name(), category, reviewed));
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public UsingUnit unit() {
        return unit;
    }

    public UnitCategory category() {
        return category;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public List<AnnualScore> scores() {
        return List.copyOf(scores);
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
