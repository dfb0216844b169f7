package org.perfportal.reports.monthly;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One using unit's 附件4.2 for one month (使用单位月度考核细则): its scored rows with their traced
 * lines and its total, within the vendor's result of that month.
 *
 * @param month     the vendor's result of the month the sheet belongs to (shared by its units)
 * @param unitName  使用单位
 * @param unitScore the unit's score out of 100
 * @param parts     the scored rows of 附件4.2 in order
 */
public record UnitSheet(MonthVerdict month, String unitName, BigDecimal unitScore, List<PartScore> parts) {

    /** Requires every value; copies the rows. */
    public UnitSheet {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(unitScore, "unitScore");
        parts = List.copyOf(parts);
    }
}
