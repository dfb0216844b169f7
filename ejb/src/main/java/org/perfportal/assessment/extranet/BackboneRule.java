package org.perfportal.assessment.extranet;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The backbone rule (主干线路破坏): missing the response or the restoration limit of the
 * scheme's {@link BackboneLimits} costs one month of the total fee of all lines — once per
 * failure, booked in the half-year in which the first missed deadline passes.
 */
final class BackboneRule {

    private final ExtranetSchemeParameters scheme;

    BackboneRule(ExtranetSchemeParameters scheme) {
        this.scheme = scheme;
    }

    Optional<Charge> charge(BackboneFailure failure, LineFees fees, Instant asOf) {
        ZoneId zone = scheme.zone();
        BackboneLimits limits = scheme.backboneLimits();
        Instant respondBy = failure.reported().plus(limits.respond());
        Instant restoreBy = failure.reported().plus(limits.restore());
        List<String> missed = new ArrayList<>();
        Instant firstMissed = null;
        if (Deadlines.missed(failure.responded(), respondBy, asOf)) {
            missed.add("响应 " + Deadlines.show(failure.responded(), zone) + " 超过 " + limits.respond().toHours() + " 小时时限");
            firstMissed = respondBy;
        }
        if (Deadlines.missed(failure.restored(), restoreBy, asOf)) {
            missed.add("恢复 " + Deadlines.show(failure.restored(), zone) + " 超过 " + limits.restore().toHours() + " 小时时限");
            firstMissed = firstMissed == null ? restoreBy : firstMissed;
        }
        if (firstMissed == null) {
            return Optional.empty();
        }
        List<String> allLines = fees.allLineIds();
        return Optional.of(new Charge(ExtranetRule.BACKBONE_FAILURE, failure.id(), allLines,
                LineFees.months(scheme.backboneMonths(), fees.totalMonthly()), HalfYear.containing(firstMissed, zone),
                "主干故障申报 " + Deadlines.show(failure.reported(), zone) + "，" + String.join("，", missed) + "；"
                        + scheme.backboneMonths() + " 个月 × 总网费 " + fees.totalMonthly().toPlainString() + " 元"));
    }
}
