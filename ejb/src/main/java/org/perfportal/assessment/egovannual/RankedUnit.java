package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;

/**
 * One row of the published annual ranking (考核结果名次排序, 考核方法 五): the rank, shared by
 * units tied on the total and every tie-break level ("1, 2, 2, 4" competition ranking), the
 * unit, its total and the two parts of the total.
 *
 * @param rank         1-based rank
 * @param unitId       the unit's id
 * @param unitName     the unit's name
 * @param total        regular + bonus counted
 * @param regular      the regular (non-bonus) score
 * @param bonusCounted the bonus points counted, after the cap
 * @param note         e.g. 未自评，由考核小组直接核定 (a unit ranked without having self-assessed); null if none
 */
public record RankedUnit(int rank, String unitId, String unitName, BigDecimal total, BigDecimal regular,
                         BigDecimal bonusCounted, String note) {
}
