package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.perfportal.shared.InvalidFieldException;

/**
 * The indicator set of one unit kind (考核评价细则, 县区 or 市直): the regular indicators of the
 * five regular headings, whose weights add up to exactly {@value #FULL_MARKS} points, and the
 * bonus indicators (加分项), counted up to {@code bonusCap}. Validation refuses a set that breaks
 * either rule, because a tenant admin edits sets and a 98-point set would silently skew every
 * ranking.
 *
 * @param category the unit kind the set applies to
 * @param indicators regular and bonus indicators, codes unique
 * @param bonusCap most bonus points a unit's total counts, positive
 */
public record IndicatorSet(UnitCategory category, List<Indicator> indicators, BigDecimal bonusCap) {

    /** Full marks of the regular indicators (百分制). */
    public static final int FULL_MARKS = 100;

    public IndicatorSet {
        Objects.requireNonNull(category, "category");
        indicators = List.copyOf(indicators);
        Set<String> codes = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (!codes.add(indicator.code())) {
                throw new InvalidFieldException(indicator.field("code"), "duplicate indicator code " + indicator.code());
            }
        }
        BigDecimal regular = indicators.stream().filter(i -> !i.heading().isBonus())
                .map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (regular.compareTo(BigDecimal.valueOf(FULL_MARKS)) != 0) {
            throw new InvalidFieldException("indicators",
                    category.chinese() + ": regular weights must add up to " + FULL_MARKS + ", were " + regular.toPlainString());
        }
        if (bonusCap == null || bonusCap.signum() <= 0) {
            throw new InvalidFieldException("bonusCap", "the bonus cap must be positive, was " + bonusCap);
        }
    }

    /** The indicator with this code, or {@code null} when the set has none. */
    public Indicator find(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }
}
