package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link LinkedFigureProvider} measured (关联数据读数): the value, if the year's records
 * give one, and always the source text that says which records were read and what they held, so
 * a reader of the table can check the figure (or see why there is none).
 *
 * @param value  the figure in the {@link LinkedFigure#unit()}, or {@code null} when nothing was measured
 * @param source where it came from, e.g. {@code 漯河运维记录 2026年：可判定故障 50 起，47 起在其等级时限内恢复}
 */
public record LinkedMeasure(BigDecimal value, String source) {

    public LinkedMeasure {
        Objects.requireNonNull(source, "source");
    }

    /** A measured value, rounded HALF_UP to two decimals as the form prints it. */
    public static LinkedMeasure of(BigDecimal value, String source) {
        return new LinkedMeasure(value.setScale(2, RoundingMode.HALF_UP), source);
    }

    /** Nothing to measure in the year (no faults, no forms, no schedule). */
    public static LinkedMeasure none(String source) {
        return new LinkedMeasure(null, source);
    }

    public Optional<BigDecimal> measured() {
        return Optional.ofNullable(value);
    }
}
