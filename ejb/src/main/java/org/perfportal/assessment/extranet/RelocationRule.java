package org.perfportal.assessment.extranet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.perfportal.calendar.BusinessCalendar;

/**
 * The relocation rule (单位搬迁迁移): normal use must be restored within 15 working days after
 * the move ends, counted on the {@link BusinessCalendar} (holidays off, make-up days worked);
 * the day the move ends is day 0. Late costs one month of the line's fee, booked in the
 * half-year containing the deadline day.
 */
final class RelocationRule {

    private final ExtranetSchemeParameters scheme;
    private final BusinessCalendar calendar;

    RelocationRule(ExtranetSchemeParameters scheme, BusinessCalendar calendar) {
        this.scheme = scheme;
        this.calendar = calendar;
    }

    Optional<Charge> charge(LineRelocation relocation, ExtranetLine line, Instant asOf) {
        LocalDate deadline = calendar.addWorkingDays(relocation.moveFinished(), scheme.relocationWorkingDays());
        LocalDate restored = relocation.serviceRestored();
        boolean late = restored == null
                ? LocalDate.ofInstant(asOf, scheme.zone()).isAfter(deadline)
                : restored.isAfter(deadline);
        if (!late) {
            return Optional.empty();
        }
        String taken = restored == null
                ? "截至考核时尚未恢复"
                : "恢复 " + restored + "，用时 " + calendar.workingDaysBetween(relocation.moveFinished(), restored) + " 个工作日";
        return Optional.of(new Charge(ExtranetRule.RELOCATION_LATE, relocation.id(), List.of(line.id()),
                LineFees.months(scheme.relocationMonths(), line.monthlyFee()), HalfYear.containing(deadline),
                "搬迁结束 " + relocation.moveFinished() + "，" + scheme.relocationWorkingDays() + " 个工作日时限 " + deadline
                        + "，" + taken + "；" + scheme.relocationMonths() + " 个月 × " + line.monthlyFee().toPlainString() + " 元"));
    }
}
