package org.perfportal.assessment.egovannual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.perfportal.shared.InvalidFieldException;

/**
 * Ranks the units of one indicator set by total, highest first (考核结果按分数进行名次排序,
 * 考核方法 五). Equal totals are separated by the scheme's tie-break levels in order; units
 * still equal share the rank and the next rank skips ("1, 2, 2, 4", standard competition
 * ranking), so a rank always says how many units did strictly better — the fair reading for a
 * published list where top units are commended. Units sharing a rank are listed by unit id,
 * which orders the list but does not rank.
 */
public final class RankingRule {

    private final List<TieBreak> tieBreaks;

    public RankingRule(List<TieBreak> tieBreaks) {
        this.tieBreaks = List.copyOf(tieBreaks);
    }

    /**
     * @throws InvalidFieldException on {@code units} when the units are not all of one kind:
     *         counties and departments are scored on different sets and never ranked together
     */
    public List<RankedUnit> rank(List<UnitTotal> units) {
        if (units.stream().map(UnitTotal::category).distinct().count() > 1) {
            throw new InvalidFieldException("units", "a ranking holds the units of one indicator set only");
        }
        Comparator<UnitTotal> standing = Comparator.comparing(UnitTotal::total).reversed();
        for (TieBreak level : tieBreaks) {
            standing = standing.thenComparing(Comparator.comparing(level::keyOf).reversed());
        }
        List<UnitTotal> sorted = units.stream().sorted(standing.thenComparing(UnitTotal::unitId)).toList();
        List<RankedUnit> ranking = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            UnitTotal unit = sorted.get(i);
            int rank = i > 0 && standing.compare(sorted.get(i - 1), unit) == 0 ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new RankedUnit(rank, unit.unitId(), unit.unitName(), unit.total(),
                    unit.regular().value(), unit.bonusCounted().value(), unit.note()));
        }
        return ranking;
    }
}
