package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One level of the ranking's tie-break (同分排序规则): a score compared, higher first, when two
 * units have the same total. The method only says "按分数进行名次排序", so the levels are a
 * scheme parameter (DOMAIN <b>Default</b>: regular score, then 信息安全, see
 * {@link EgovAnnualSchemeParameters#template2025()}); units equal on every level share a rank.
 */
public sealed interface TieBreak {

    /** The compared score of a unit; higher ranks first. */
    BigDecimal keyOf(UnitTotal unit);

    /** The regular (non-bonus) score: work done on the assessed contents beats bonus points. */
    record RegularScore() implements TieBreak {
        @Override
        public BigDecimal keyOf(UnitTotal unit) {
            return unit.regular().value();
        }
    }

    /** The reviewed score under one heading, e.g. 信息安全. */
    record HeadingScore(Heading heading) implements TieBreak {
        public HeadingScore {
            Objects.requireNonNull(heading, "heading");
        }

        @Override
        public BigDecimal keyOf(UnitTotal unit) {
            return unit.headingScore(heading);
        }
    }
}
