package org.perfportal.assessment.egovannual;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A year's ranking (年度考核排名) as the service answers it: per indicator set the ranked units,
 * the scheme version it was computed on, and whether it is the published one (公示) or a draft
 * the group is still working on, in which case the units whose sheets are not fully reviewed
 * are listed apart.
 *
 * @param year        the assessed year
 * @param schemeLabel the scheme version, e.g. {@code pingliang-2025}
 * @param published   whether this is the published ranking
 * @param publishedAt when it was published, {@code null} for a draft
 * @param ranks       ranked units per set, counties first
 * @param pending     names of units not yet fully reviewed (always empty once published)
 */
public record AnnualRanking(int year, String schemeLabel, boolean published, OffsetDateTime publishedAt,
                            Map<UnitCategory, List<RankedUnit>> ranks, List<String> pending) {

    public AnnualRanking {
        ranks = Map.copyOf(ranks);
        pending = List.copyOf(pending);
    }
}
