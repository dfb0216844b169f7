package org.perfportal.assessment.egovannual;

import java.util.List;
import java.util.Objects;

/**
 * A unit's annual score sheet (年度考核评分表): one {@link IndicatorScore} for each indicator
 * of its kind's set, self-scored by the unit and reviewed by the assessment group.
 *
 * @param unitId   the unit's id (the trace lines name it)
 * @param unitName the unit's name, e.g. 崆峒区 or 市财政局
 * @param category the unit kind, which selects the indicator set
 * @param scores   one score per indicator
 */
public record UnitScoreSheet(String unitId, String unitName, UnitCategory category, List<IndicatorScore> scores) {

    public UnitScoreSheet {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(category, "category");
        scores = List.copyOf(scores);
    }
}
