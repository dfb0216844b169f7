package org.perfportal.assessment.egovannual;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.perfportal.reports.egovannual.RankingRow;
import org.perfportal.reports.egovannual.RankingTableData;

/** Maps a year's ranking to the 排名表's data record: counties first, each set in rank order. */
final class RankingTableMapping {

    private RankingTableMapping() {
    }

    static RankingTableData of(String tenantName, AnnualRanking ranking, Instant now) {
        List<RankingRow> rows = new ArrayList<>();
        for (UnitCategory category : UnitCategory.values()) {
            for (RankedUnit unit : ranking.ranks().getOrDefault(category, List.of())) {
                // The printed table has no remarks column: a unit ranked without self-assessing says so beside its name.
                String name = unit.note() == null ? unit.unitName() : unit.unitName() + "（" + unit.note() + "）";
                rows.add(new RankingRow(category.chinese(), unit.rank(), name, unit.regular(), unit.bonusCounted(), unit.total()));
            }
        }
        return new RankingTableData(tenantName, ranking.year(), ranking.schemeLabel(), now, !ranking.published(), rows);
    }
}
