package org.perfportal.assessment.egovannual;

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
 * One stored row of a published ranking (名次): the {@link RankedUnit} the rule produced, with its
 * set and its place in the list. The unit's name is kept as published, whatever the unit is
 * renamed to later.
 */
@Entity
@Table(name = "egov_annual_ranking_row")
public class AnnualRankingRow extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "publication_id", nullable = false)
    private AnnualPublication publication;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private UnitCategory category;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "rank", nullable = false)
    private int rank;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 200)
    private String unitName;

    @Column(name = "total", nullable = false, precision = 8, scale = 2)
    private BigDecimal total;

    @Column(name = "regular", nullable = false, precision = 8, scale = 2)
    private BigDecimal regular;

    @Column(name = "bonus_counted", nullable = false, precision = 8, scale = 2)
    private BigDecimal bonusCounted;

    /** E.g. 未自评，由考核小组直接核定; published with the row (issue 17). */
    @Column(name = "note", length = 200)
    private String note;

    protected AnnualRankingRow() {
    }

    AnnualRankingRow(AnnualPublication publication, UnitCategory category, int position, RankedUnit ranked) {
        this.publication = publication;
        this.category = category;
        this.position = position;
        this.rank = ranked.rank();
        this.unitId = Long.parseLong(ranked.unitId());
        this.unitName = ranked.unitName();
        this.total = ranked.total();
        this.regular = ranked.regular();
        this.bonusCounted = ranked.bonusCounted();
        this.note = ranked.note();
    }

    UnitCategory category() {
        return category;
    }

    RankedUnit toRankedUnit() {
        return new RankedUnit(rank, String.valueOf(unitId), unitName, total, regular, bonusCounted, note);
    }
}
