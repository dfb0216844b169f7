package org.perfportal.assessment;

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
import java.util.Arrays;
import java.util.List;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A stored traced line of an assessment result (考核明细): the {@link TraceLine} a rule produced,
 * kept as a child row so that the result can be explained later exactly as computed, whatever
 * the records or the scheme become. Written once with its result, never changed. The amount keeps
 * up to 10 decimals because some rules trace unrounded shares (a backup average over three
 * systems, 10 × 7 ÷ 9 documents) and the lines must still add up to the rounded result; it is
 * read back with at least two decimals, as it was written by the rules that work in fen.
 * {@code scope} names the part of the subject the line belongs to (Luohe: {@code unit:12}).
 */
@Entity
@Table(name = "assessment_line")
public class AssessmentLine extends TenantOwnedEntity {

    private static final String ID_SEPARATOR = ",";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private Assessment assessment;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "rule_code", nullable = false, length = 60)
    private String ruleCode;

    @Column(name = "clause", nullable = false, length = 200)
    private String clause;

    @Column(name = "description", nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", nullable = false, length = 10)
    private Measure measure;

    @Column(name = "scope", length = 60)
    private String scope;

    @Column(name = "amount", nullable = false, precision = 24, scale = 10)
    private BigDecimal amount;

    @Column(name = "record_ids", nullable = false)
    private String recordIds;

    @Column(name = "exempted", nullable = false)
    private boolean exempted;

    @Column(name = "exemption_reason")
    private String exemptionReason;

    protected AssessmentLine() {
    }

    AssessmentLine(Assessment assessment, int position, ScopedLine scoped) {
        TraceLine line = scoped.line();
        this.assessment = assessment;
        this.position = position;
        this.scope = scoped.scope();
        this.ruleCode = line.ruleCode();
        this.clause = line.clause();
        this.description = line.description();
        this.measure = line.measure();
        this.amount = line.amount();
        this.recordIds = String.join(ID_SEPARATOR, line.recordIds());
        this.exempted = line.exempted();
        this.exemptionReason = line.exemptionReason();
    }

    TraceLine toTraceLine() {
        List<String> ids = recordIds.isEmpty() ? List.of() : Arrays.asList(recordIds.split(ID_SEPARATOR));
        return new TraceLine(ruleCode, clause, description, measure, Decimals.normalized(amount), ids, exempted,
                exemptionReason);
    }

    ScopedLine toScopedLine() {
        return new ScopedLine(scope, toTraceLine());
    }
}
