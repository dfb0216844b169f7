package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;

/**
 * A unit's annual result (年度考核得分): the regular score (Σ reviewed regular indicators) and
 * the bonus counted (Σ reviewed bonus indicators, capped), each traced per indicator, plus the
 * reviewed score per heading, which the ranking's tie-breaks read.
 *
 * @param unitId        the unit's id
 * @param unitName      the unit's name
 * @param category      the unit kind
 * @param regular       the regular score and its lines (points)
 * @param bonusCounted  the bonus counted and its lines, a negative cap line included (points)
 * @param headingScores reviewed score per heading; the bonus heading holds the bonus counted
 * @param note          e.g. 未自评，由考核小组直接核定 for a unit reviewed without self-assessing; null if none
 */
public record UnitTotal(String unitId, String unitName, UnitCategory category, TracedValue regular,
                        TracedValue bonusCounted, Map<Heading, BigDecimal> headingScores, String note) {

    public UnitTotal {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(category, "category");
        headingScores = Map.copyOf(headingScores);
    }

    /** A result without a note. */
    public UnitTotal(String unitId, String unitName, UnitCategory category, TracedValue regular, TracedValue bonusCounted,
                     Map<Heading, BigDecimal> headingScores) {
        this(unitId, unitName, category, regular, bonusCounted, headingScores, null);
    }

    /** Total = regular + bonus counted. */
    public BigDecimal total() {
        return regular.value().add(bonusCounted.value());
    }

    /** All lines, regular first; they add up to {@link #total()}. */
    public List<TraceLine> lines() {
        List<TraceLine> lines = new ArrayList<>(regular.lines());
        lines.addAll(bonusCounted.lines());
        return lines;
    }

    /** The reviewed score of one heading, zero when the set has no indicator under it. */
    public BigDecimal headingScore(Heading heading) {
        return headingScores.getOrDefault(heading, BigDecimal.ZERO);
    }
}
