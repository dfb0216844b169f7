package org.perfportal.assessment.egovannual;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * One indicator of a unit's sheet as stored (指标得分): the unit's self-score (自评分) with its
 * note, and the assessment group's reviewed score (核定分) with the reason and the review sources
 * (综合考评依据). The checks live in {@link AnnualScoreRule}; this row only keeps what was decided.
 */
@Entity
@Table(name = "egov_annual_sheet_score")
public class AnnualScore extends TenantOwnedEntity {

    private static final String SEPARATOR = ",";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sheet_id", nullable = false)
    private AnnualSheet sheet;

    @Column(name = "indicator_code", nullable = false, length = 20)
    private String code;

    @Column(name = "self_score", nullable = false, precision = 6, scale = 2)
    private BigDecimal selfScore;

    @Column(name = "self_note", length = 2000)
    private String selfNote;

    @Column(name = "self_scored_at", nullable = false)
    private OffsetDateTime selfScoredAt;

    @Column(name = "reviewed_score", precision = 6, scale = 2)
    private BigDecimal reviewedScore;

    @Column(name = "review_reason", length = 2000)
    private String reviewReason;

    @Column(name = "review_sources", length = 200)
    private String reviewSources;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AnnualScore() {
    }

    AnnualScore(AnnualSheet sheet, String code) {
        this.sheet = sheet;
        this.code = code;
    }

    void selfAssess(BigDecimal score, String note, OffsetDateTime at) {
        this.selfScore = score;
        this.selfNote = note;
        this.selfScoredAt = at;
    }

    void review(BigDecimal score, String reason, Set<ReviewSource> sources, String by, OffsetDateTime at) {
        this.reviewedScore = score;
        this.reviewReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.reviewSources = sources.stream().sorted().map(Enum::name).collect(Collectors.joining(SEPARATOR));
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    IndicatorScore toIndicatorScore() {
        return new IndicatorScore(code, selfScore, reviewedScore, reviewReason, sources());
    }

    public String code() {
        return code;
    }

    public BigDecimal selfScore() {
        return selfScore;
    }

    public String selfNote() {
        return selfNote;
    }

    public BigDecimal reviewedScore() {
        return reviewedScore;
    }

    public String reviewReason() {
        return reviewReason;
    }

    public Set<ReviewSource> sources() {
        if (reviewSources == null || reviewSources.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(reviewSources.split(SEPARATOR)).map(ReviewSource::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReviewSource.class)));
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public long version() {
        return version;
    }
}
