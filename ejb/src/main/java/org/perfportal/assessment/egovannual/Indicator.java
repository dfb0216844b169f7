package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;
import java.util.Objects;

import org.perfportal.shared.InvalidFieldException;

/**
 * One assessment indicator (考核指标, a line of the 考核评价细则): what is scored, under which
 * heading, for how many points at most, and the guidance the unit and the assessment group
 * score by. For a bonus indicator the weight is its own maximum; the set's bonus cap limits
 * their sum.
 *
 * @param code     stable code, e.g. {@code ZZ-01}; unique within a set
 * @param heading  one of the six headings
 * @param name     what is assessed, e.g. "“一把手”领导落实情况"
 * @param weight   maximum points (分值), positive
 * @param guidance scoring guidance (评分标准) shown to units and assessors
 */
public record Indicator(String code, Heading heading, String name, BigDecimal weight, String guidance) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(heading, "heading");
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("indicators[" + code + "].name", "an indicator needs a name");
        }
        if (weight == null || weight.signum() <= 0) {
            throw new InvalidFieldException("indicators[" + code + "].weight", "the weight must be positive, was " + weight);
        }
        Objects.requireNonNull(guidance, "guidance");
    }

    /** The field path of one of this indicator's inputs, e.g. {@code indicators[ZZ-01].selfScore}. */
    String field(String property) {
        return "indicators[" + code + "]." + property;
    }
}
