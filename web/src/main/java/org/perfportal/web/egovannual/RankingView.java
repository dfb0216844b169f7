package org.perfportal.web.egovannual;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.perfportal.assessment.egovannual.AnnualRanking;
import org.perfportal.assessment.egovannual.UnitCategory;

/**
 * A year's ranking (年度考核排名) per indicator set: published (公示) or the staff's draft, the
 * scheme version, and the units still pending review in a draft.
 */
public record RankingView(int year, String schemeVersion, boolean published, OffsetDateTime publishedAt,
                          List<SetView> sets, List<String> pending) {

    /** The ranked units of one set (县区 / 市直部门). */
    public record SetView(UnitCategory category, String categoryName, List<Row> units) {
    }

    /** One row: rank (shared on a full tie), unit, total and its parts, and a note such as 未自评，由考核小组直接核定. */
    public record Row(int rank, long unitId, String unitName, BigDecimal total, BigDecimal regular, BigDecimal bonusCounted,
                      String note) {
    }

    static RankingView of(AnnualRanking r) {
        List<SetView> sets = Arrays.stream(UnitCategory.values()).map(c -> new SetView(c, c.chinese(),
                r.ranks().getOrDefault(c, List.of()).stream().map(u -> new Row(u.rank(), Long.parseLong(u.unitId()),
                        u.unitName(), u.total(), u.regular(), u.bonusCounted(), u.note())).toList())).toList();
        return new RankingView(r.year(), r.schemeLabel(), r.published(), r.publishedAt(), sets, r.pending());
    }
}
