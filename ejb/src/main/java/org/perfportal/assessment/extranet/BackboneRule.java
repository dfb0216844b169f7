package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The backbone rule (主干线路破坏): missing the response or the restoration limit of the
 * scheme's {@link BackboneLimits} costs one month of the total fee of all lines (扣除运营商 1 个月总网费)
 * — once per failure, booked in the half-year in which the first missed deadline passes. The month
 * whose 总网费 is taken is the month the failure was reported in: only the contract's lines in
 * service then count (issue 17).
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
        YearMonth month = YearMonth.from(failure.reported().atZone(zone));
        BigDecimal total = fees.totalMonthly(month);
        return Optional.of(new Charge(ExtranetRule.BACKBONE_FAILURE, failure.id(), fees.lineIdsIn(month),
                LineFees.months(scheme.backboneMonths(), total), HalfYear.containing(firstMissed, zone),
                "主干故障申报 " + Deadlines.show(failure.reported(), zone) + "，" + String.join("，", missed) + "；"
                        + scheme.backboneMonths() + " 个月 × " + month + " 总网费 " + total.toPlainString() + " 元"));
    }
}
