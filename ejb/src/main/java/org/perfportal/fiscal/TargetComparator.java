package org.perfportal.fiscal;

/**
 * How an annual indicator target (年度指标值) is met: at least (≥, 正向指标), at most (≤, 反向指标)
 * or exactly (=). A target written without a sign, such as {@code 100%} or {@code 6项}, is read
 * as "at least", because the forms write full completion that way and score shortfalls only.
 */
public enum TargetComparator {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    EQUAL("=");

    private final String symbol;

    TargetComparator(String symbol) {
        this.symbol = symbol;
    }

    /** The sign as printed on the form. */
    public String symbol() {
        return symbol;
    }

    /** Reads a written sign ({@code ≥ >= ≧}, {@code ≤ <= ≦}, {@code = ＝}); no sign means at least. */
    static TargetComparator ofSymbol(String written) {
        return switch (written) {
            case "", "≥", ">=", "≧" -> AT_LEAST;
            case "≤", "<=", "≦" -> AT_MOST;
            case "=", "＝" -> EQUAL;
            default -> throw new IllegalArgumentException("not a target sign: " + written);
        };
    }
}
