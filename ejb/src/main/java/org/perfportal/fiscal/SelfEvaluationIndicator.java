package org.perfportal.fiscal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A stored performance indicator row (绩效指标行) of one self-evaluation version. Part of the
 * {@link SelfEvaluation} aggregate and changed only through it; a tenant-owned entity of its
 * own (rather than an element collection) so that its table carries {@code tenant_id} and
 * EclipseLink filters it like every other tenant table.
 */
@Entity
@Table(name = "fiscal_indicator")
public class SelfEvaluationIndicator extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "self_evaluation_id", nullable = false)
    private SelfEvaluation evaluation;

    /** Printed order on the form, from 0. */
    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private IndicatorCategory category;

    @Column(name = "level2", nullable = false, length = 100)
    private String level2;

    @Column(name = "level3", nullable = false)
    private String level3;

    @Column(name = "target", nullable = false)
    private String target;

    @Column(name = "quantitative", nullable = false)
    private boolean quantitative;

    @Column(name = "actual", nullable = false)
    private String actual;

    @Column(name = "weight", nullable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    @Column(name = "score", nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "deviation", nullable = false)
    private String deviation;

    @Enumerated(EnumType.STRING)
    @Column(name = "band", length = 20)
    private QualitativeBand band;

    @Enumerated(EnumType.STRING)
    @Column(name = "linked_figure", length = 40)
    private LinkedFigure linkedFigure;

    @Column(name = "linked_source")
    private String linkedSource;

    protected SelfEvaluationIndicator() {
    }

    SelfEvaluationIndicator(SelfEvaluation evaluation, int position, IndicatorEntry entry) {
        this.evaluation = evaluation;
        this.position = position;
        this.category = entry.category();
        this.level2 = entry.level2();
        this.level3 = entry.level3();
        this.target = entry.target();
        this.quantitative = entry.quantitative();
        this.actual = entry.actual();
        this.weight = entry.weight();
        this.score = entry.score();
        this.overrideReason = entry.overrideReason();
        this.deviation = entry.deviation();
        this.band = entry.band();
        this.linkedFigure = entry.link();
        this.linkedSource = entry.linkSource();
    }

    public IndicatorEntry entry() {
        return new IndicatorEntry(category, level2, level3, target, quantitative, actual, weight, score,
                overrideReason, deviation, band, linkedFigure, linkedSource);
    }
}
