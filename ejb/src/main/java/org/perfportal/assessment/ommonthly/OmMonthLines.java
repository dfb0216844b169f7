package org.perfportal.assessment.ommonthly;

import java.util.ArrayList;
import java.util.List;
import org.perfportal.assessment.ScopedLine;

/**
 * The traced lines of a Luohe month as stored (月度考核明细): each using unit's lines in the order of
 * the sheet (满意度, 日常工作, 异常处置, 运维资料), scoped {@code unit:<id>} so a reader can tell whose
 * points they are, then the vendor's lines (mean, deduction items, floor) and the money lines, which
 * belong to the vendor as a whole.
 */
public final class OmMonthLines {

    private static final String UNIT_SCOPE = "unit:";

    private OmMonthLines() {
    }

    public static List<ScopedLine> of(OmMonthResult result) {
        List<ScopedLine> lines = new ArrayList<>();
        for (UnitScore unit : result.unitScores()) {
            String scope = UNIT_SCOPE + unit.unitId();
            for (var part : List.of(unit.satisfaction(), unit.routineWork(), unit.anomalyHandling(), unit.documents())) {
                part.lines().forEach(line -> lines.add(new ScopedLine(scope, line)));
            }
        }
        result.vendorScore().lines().forEach(line -> lines.add(ScopedLine.whole(line)));
        result.money().lines().forEach(line -> lines.add(ScopedLine.whole(line)));
        return lines;
    }

    /** The using unit a scope names, null for a vendor-level line. */
    public static String unitOf(String scope) {
        return scope != null && scope.startsWith(UNIT_SCOPE) ? scope.substring(UNIT_SCOPE.length()) : null;
    }
}
