package org.perfportal.assessment.egovannual;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * The published annual ranking of a year (考核结果公示, 考核方法 五): who published it, when, on
 * which scheme version, and the ranking rows exactly as computed then. Written once; after it the
 * year's sheets are closed, so what was published can always be shown again unchanged.
 */
@Entity
@Table(name = "egov_annual_publication")
public class AnnualPublication extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "scheme_id", nullable = false)
    private long schemeId;

    @Column(name = "scheme_label", nullable = false, length = 60)
    private String schemeLabel;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    /** Eager: a publication is only ever read to show its rows, inside the tenant's transaction. */
    @OneToMany(mappedBy = "publication", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("category, position")
    private List<AnnualRankingRow> rows = new ArrayList<>();

    protected AnnualPublication() {
    }

    AnnualPublication(int year, long schemeId, String schemeLabel, String publishedBy,
                      Map<UnitCategory, List<RankedUnit>> ranking, OffsetDateTime publishedAt) {
        this.year = year;
        this.schemeId = schemeId;
        this.schemeLabel = schemeLabel;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        ranking.forEach((category, ranked) -> {
            for (int i = 0; i < ranked.size(); i++) {
                rows.add(new AnnualRankingRow(this, category, i + 1, ranked.get(i)));
            }
        });
    }

    public int year() {
        return year;
    }

    public long schemeId() {
        return schemeId;
    }

    public String schemeLabel() {
        return schemeLabel;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public List<AnnualRankingRow> rows() {
        return List.copyOf(rows);
    }
}
