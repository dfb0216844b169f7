package org.perfportal.reports.egovannual;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of the ranking table (排名表): the indicator set it belongs to (县区 / 市直部门, printed as
 * the group heading), the rank (shared on a full tie), the unit and its scores.
 *
 * @param setName      考核类别, e.g. 县区
 * @param rank         名次
 * @param unitName     单位名称
 * @param regular      基本分 (the five regular headings)
 * @param bonusCounted 加分 (after the cap)
 * @param total        总分
 */
public record RankingRow(String setName, int rank, String unitName, BigDecimal regular, BigDecimal bonusCounted,
                         BigDecimal total) {

    /** Requires every column. */
    public RankingRow {
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bonusCounted, "bonusCounted");
        Objects.requireNonNull(total, "total");
    }
}
