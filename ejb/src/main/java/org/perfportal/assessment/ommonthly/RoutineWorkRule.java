package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;

/**
 * Routine work score (日常工作, 30 points): visits and inspections per unit, backups and scans
 * per system averaged over the unit's systems (取各系统得分平均值). A unit with only
 * line-lease or purchased-service items gets full points (线路租赁和购买服务运维事项按满分计算).
 * Averages keep ten decimals; rounding to the published scale happens once, on the vendor score.
 */
public final class RoutineWorkRule {

    static final String CLAUSE = "附件4.2 日常工作考核";
    private static final int AVERAGE_SCALE = 10;

    private final OmSchemeParameters parameters;

    public RoutineWorkRule(OmSchemeParameters parameters) {
        this.parameters = parameters;
    }

    public TracedValue score(UnitMonthRecords unit, AssessmentMonth month) {
        if (!unit.hasHardwareAndSystemItems()) {
            return TracedValue.sumOf(List.of(TraceLine.of("ROUTINE-LINE-LEASE-ONLY", CLAUSE,
                    "仅有线路租赁或购买服务类项目：按满分计算",
                    Measure.POINTS, parameters.routinePoints(), List.of())));
        }
        if (unit.systemIds().isEmpty()) {
            throw new IllegalArgumentException("unit " + unit.unitId() + " has hardware-and-system items but no system");
        }
        RoutineWorkPoints points = parameters.routine();
        List<TraceLine> lines = new ArrayList<>();

        List<String> visits = ids(unit, month, WorkKind.VISIT, null);
        lines.add(line("ROUTINE-VISIT", WorkKind.VISIT.chinese() + " " + visits.size() + " 次",
                visits.isEmpty() ? BigDecimal.ZERO : points.visit(), visits));

        List<String> inspections = ids(unit, month, WorkKind.INSPECTION, null);
        lines.add(line("ROUTINE-INSPECTION", WorkKind.INSPECTION.chinese() + " " + inspections.size() + " 次",
                capped(points.inspectionEach(), inspections.size(), points.inspectionMax()), inspections));

        lines.add(averagedOverSystems(unit, month, WorkKind.BACKUP, "ROUTINE-BACKUP",
                count -> capped(points.backupEach(), count, points.backupMax())));
        lines.add(averagedOverSystems(unit, month, WorkKind.SCAN, "ROUTINE-SCAN",
                count -> count > 0 ? points.scan() : BigDecimal.ZERO));
        return TracedValue.sumOf(lines);
    }

    private TraceLine averagedOverSystems(UnitMonthRecords unit, AssessmentMonth month, WorkKind kind, String code,
                                          Function<Integer, BigDecimal> pointsForCount) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> recordIds = new ArrayList<>();
        StringBuilder perSystem = new StringBuilder();
        for (String system : unit.systemIds()) {
            List<String> ids = ids(unit, month, kind, system);
            BigDecimal systemPoints = pointsForCount.apply(ids.size());
            sum = sum.add(systemPoints);
            recordIds.addAll(ids);
            perSystem.append(perSystem.isEmpty() ? "" : "；").append("项目 ").append(system).append("：").append(ids.size())
                    .append(" 次 → ").append(systemPoints.toPlainString()).append(" 分");
        }
        BigDecimal average = sum.divide(BigDecimal.valueOf(unit.systemIds().size()), AVERAGE_SCALE, RoundingMode.HALF_UP);
        return line(code, kind.chinese() + "按 " + unit.systemIds().size() + " 个系统平均（" + perSystem + "）",
                average, recordIds);
    }

    private static List<String> ids(UnitMonthRecords unit, AssessmentMonth month, WorkKind kind, String system) {
        return unit.work().stream()
                .filter(w -> w.kind() == kind && month.contains(w.at()) && (system == null || w.covers(system)))
                .map(WorkRecord::id).toList();
    }

    private static BigDecimal capped(BigDecimal each, int count, BigDecimal max) {
        return each.multiply(BigDecimal.valueOf(count)).min(max);
    }

    private static TraceLine line(String code, String description, BigDecimal points, List<String> ids) {
        return TraceLine.of(code, CLAUSE, description, Measure.POINTS, points, ids);
    }
}
