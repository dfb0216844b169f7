package org.perfportal.assessment;

import java.math.BigDecimal;

/**
 * How stored figures are read back (数值显示): a column keeping up to ten decimals returns them all,
 * so trailing zeros are dropped, but never below two decimals, which is how the rules that work in
 * fen or hundredths of a point wrote them (30 → 30.00, 2.6666666667 stays).
 */
public final class Decimals {

    private static final int MIN_SCALE = 2;

    private Decimals() {
    }

    public static BigDecimal normalized(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < MIN_SCALE ? stripped.setScale(MIN_SCALE) : stripped;
    }
}
