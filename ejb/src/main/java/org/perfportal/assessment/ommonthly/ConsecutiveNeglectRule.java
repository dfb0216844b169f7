package org.perfportal.assessment.ommonthly;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Detection of consecutive neglect (日常工作开展不力): the same system went two consecutive
 * months without a visit, an inspection, a backup or a scan (相关情况之一). The system finds
 * it from the records and raises a deduction item, one per system and month however many of
 * the four kinds are missing (发生一次扣 5 分), naming the missing kinds in its reason. Only
 * systems of units with hardware-and-system items are concerned, since routine work does not
 * apply to the others.
 */
public final class ConsecutiveNeglectRule {

    private final OmSchemeParameters parameters;

    public ConsecutiveNeglectRule(OmSchemeParameters parameters) {
        this.parameters = parameters;
    }

    /** Deduction items for {@code current}'s systems also present in {@code previous}. */
    public List<DeductionItem> detect(UnitMonthRecords previous, UnitMonthRecords current, AssessmentMonth month) {
        if (!current.hasHardwareAndSystemItems()) {
            return List.of();
        }
        List<DeductionItem> items = new ArrayList<>();
        for (String system : current.systemIds()) {
            if (!previous.systemIds().contains(system)) {
                continue;
            }
            Set<WorkKind> missing = EnumSet.allOf(WorkKind.class);
            missing.removeAll(kindsDone(previous, month.previous(), system));
            missing.removeAll(kindsDone(current, month, system));
            if (!missing.isEmpty()) {
                items.add(new DeductionItem("NEGLECT-" + current.unitId() + "-" + system + "-" + month.label(),
                        DeductionKind.CONSECUTIVE_NEGLECT,
                        parameters.deductionRanges().get(DeductionKind.CONSECUTIVE_NEGLECT).min(),
                        "项目 " + system + " 在 " + month.previous().label() + " 和 " + month.label() + " 均未开展"
                                + missing.stream().map(WorkKind::chinese).collect(Collectors.joining("、")),
                        current.unitId(), system));
            }
        }
        return items;
    }

    private static Set<WorkKind> kindsDone(UnitMonthRecords unit, AssessmentMonth month, String system) {
        Set<WorkKind> done = EnumSet.noneOf(WorkKind.class);
        unit.work().stream().filter(w -> month.contains(w.at()) && w.covers(system)).forEach(w -> done.add(w.kind()));
        return done;
    }
}
