package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfportal.shared.InvalidFieldException;

/**
 * Annual indicator target (年度指标值) as written on the form. A quantitative target (定量指标),
 * such as {@code ≥99.99%} or {@code 6项}, becomes a comparator, a number and a unit so a
 * suggested score can be computed; anything else ({@code 完善}, {@code 核减上云项目运维费}) is
 * qualitative (定性指标) and is scored by band. The written text is always kept, because the
 * form is reprinted as filed.
 *
 * <p>The unit is whatever follows the number: {@code %}, {@code ‰} or one or two Chinese
 * characters (项, 个, 次, 套, 天, 万元…), or nothing ({@code ≥150}). Reading the unit this way
 * instead of from a list keeps new units from needing a code change.
 *
 * @param text       the target as written
 * @param comparator the sign, or {@code null} when qualitative
 * @param value      the number, or {@code null} when qualitative
 * @param unit       the unit ("" when none), or {@code null} when qualitative
 */
public record IndicatorTarget(String text, TargetComparator comparator, BigDecimal value, String unit) {

    private static final Pattern QUANTITY =
            Pattern.compile("^(≥|>=|≧|≤|<=|≦|=|＝)?\\s*(\\d+(?:\\.\\d+)?)\\s*(%|％|‰|\\p{IsHan}{1,2})?$");

    public IndicatorTarget {
        Objects.requireNonNull(text, "text");
        if ((comparator == null) != (value == null) || (value == null) != (unit == null)) {
            throw new IllegalArgumentException("comparator, value and unit are all set or all absent");
        }
    }

    /** Reads a target: quantitative when it has the form sign–number–unit, qualitative otherwise. */
    public static IndicatorTarget read(String text) {
        String written = text.strip();
        return quantity(written)
                .map(q -> new IndicatorTarget(written, q.comparator, q.value, q.unit))
                .orElseGet(() -> new IndicatorTarget(written, null, null, null));
    }

    /**
     * Reads a target the user declared quantitative.
     *
     * @throws InvalidFieldException naming {@code field} when the text is not sign–number–unit
     */
    public static IndicatorTarget quantitative(String field, String text) {
        IndicatorTarget target = read(text);
        if (!target.isQuantitative()) {
            throw new InvalidFieldException(field,
                    "'" + text + "' is not a quantitative target (sign, number, unit, e.g. ≥90%)");
        }
        return target;
    }

    public boolean isQuantitative() {
        return value != null;
    }

    /**
     * The measured number of an actual value (实际完成值) written in this target's unit, e.g.
     * {@code 92%} against {@code 100%}. A sign on the actual ({@code ≥90%}) is a claim of at
     * least that figure and is read as the figure. Empty when this target is qualitative, the
     * actual is text ({@code 基本完成}) or its unit differs, since no ratio can be formed then.
     */
    public Optional<BigDecimal> measure(String actual) {
        if (!isQuantitative()) {
            return Optional.empty();
        }
        return quantity(actual.strip()).filter(q -> q.unit.equals(unit)).map(q -> q.value);
    }

    private static Optional<Quantity> quantity(String written) {
        Matcher m = QUANTITY.matcher(written);
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = m.group(3) == null ? "" : m.group(3).replace('％', '%');
        return Optional.of(new Quantity(TargetComparator.ofSymbol(m.group(1) == null ? "" : m.group(1)),
                new BigDecimal(m.group(2)), unit));
    }

    private record Quantity(TargetComparator comparator, BigDecimal value, String unit) {
    }
}
