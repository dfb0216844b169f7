package org.perfportal.web.fiscal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.perfportal.fiscal.RecordedFigures;

/**
 * Figures printed on an imported paper form (表上填报数): rate in percent, budget execution score,
 * total. Sent only for an imported form; they are compared with, never replaced by, the
 * computed figures.
 */
public record RecordedFiguresDto(
        @NotNull @Digits(integer = 5, fraction = 2) BigDecimal ratePercent,
        @NotNull @Digits(integer = 3, fraction = 2) BigDecimal budgetScore,
        @NotNull @Digits(integer = 3, fraction = 2) BigDecimal total) {

    static RecordedFiguresDto of(RecordedFigures figures) {
        return figures == null ? null : new RecordedFiguresDto(figures.ratePercent(), figures.budgetScore(), figures.total());
    }

    RecordedFigures toFigures() {
        return new RecordedFigures(ratePercent, budgetScore, total);
    }
}
