package org.perfportal.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How documents write yuan (元) inside running text, where a cell pattern cannot apply: ¥ with
 * thousands separators and two decimals, e.g. {@code ¥2,906,250.00}. Amount cells use the same
 * pattern ({@link #PATTERN}) so that text and cells agree; XLSX cells stay numbers.
 */
public final class Amounts {

    /** The cell pattern of amounts in yuan. */
    public static final String PATTERN = "#,##0.00";

    private Amounts() {
    }

    /**
     * @param amount yuan, already rounded by the caller (rounded HALF_UP to fen if not)
     * @return {@code ¥2,906,250.00}, or {@code —} for no amount
     */
    public static String yuan(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        // DecimalFormat is not thread-safe: one per call is cheap next to a render.
        DecimalFormat format = new DecimalFormat(PATTERN, DecimalFormatSymbols.getInstance(Locale.ROOT));
        String digits = format.format(amount.abs().setScale(2, RoundingMode.HALF_UP));
        return (amount.signum() < 0 ? "−¥" : "¥") + digits;
    }
}
