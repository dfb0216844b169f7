package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The line-fault rules (网络故障扣罚): late repair by location class, outage over 7 days and
 * unrepaired for a month, each a number of months of the faulty line's fee, plus the late
 * arrival the sheet records without charging.
 *
 * <p>Half-year: each miss is booked in the half-year in which its deadline passes. A fault
 * reported on 30 June at 20:00 in a banner organ has its 6-hour deadline on 1 July at 02:00 and
 * counts in H2; one reported at 10:00 the same day counts in H1 even if repaired in July. Under
 * {@link FaultRuleCombination#LARGEST_APPLIES} the fault yields one charge, booked where the
 * deadline of the rule that won passes.
 */
final class FaultRule {

    private final ExtranetSchemeParameters scheme;

    FaultRule(ExtranetSchemeParameters scheme) {
        this.scheme = scheme;
    }

    List<Charge> charges(LineFault fault, ExtranetLine line, Instant asOf) {
        ZoneId zone = scheme.zone();
        FaultLimits limits = scheme.limitsFor(line.location());
        Instant reported = fault.reported();
        List<Charge> charges = new ArrayList<>();

        Instant arriveBy = reported.plus(limits.arrive());
        if (Deadlines.missed(fault.arrived(), arriveBy, asOf)) {
            charges.add(new Charge(ExtranetRule.FAULT_LATE_ARRIVAL, fault.id(), List.of(line.id()), BigDecimal.ZERO,
                    HalfYear.containing(arriveBy, zone), line.location().chinese() + "故障申报 " + Deadlines.show(reported, zone)
                    + "，到达 " + Deadlines.show(fault.arrived(), zone) + "，时限 " + Deadlines.show(arriveBy, zone)));
        }

        // In order of deadline, so that between equal amounts the first miss wins.
        List<Charge> misses = new ArrayList<>();
        addIfMissed(misses, ExtranetRule.FAULT_LATE_REPAIR, reported.plus(limits.repair()), scheme.lateRepairMonths(), fault, line, asOf);
        addIfMissed(misses, ExtranetRule.FAULT_OUTAGE_OVER_LIMIT, reported.plus(scheme.outageLimit()), scheme.outageMonths(), fault, line, asOf);
        addIfMissed(misses, ExtranetRule.FAULT_UNREPAIRED_FOR_A_MONTH,
                reported.atZone(zone).plus(scheme.unrepairedLimit()).toInstant(), scheme.unrepairedMonths(), fault, line, asOf);

        if (scheme.faultRuleCombination() == FaultRuleCombination.ADD_UP || misses.size() <= 1) {
            charges.addAll(misses);
        } else {
            charges.add(largest(misses));
        }
        return charges;
    }

    private void addIfMissed(List<Charge> misses, ExtranetRule rule, Instant deadline, int months, LineFault fault,
                             ExtranetLine line, Instant asOf) {
        if (!Deadlines.missed(fault.confirmed(), deadline, asOf)) {
            return;
        }
        ZoneId zone = scheme.zone();
        misses.add(new Charge(rule, fault.id(), List.of(line.id()), LineFees.months(months, line.monthlyFee()),
                HalfYear.containing(deadline, zone),
                line.location().chinese() + "故障申报 " + Deadlines.show(fault.reported(), zone) + "，确认恢复 "
                        + Deadlines.show(fault.confirmed(), zone) + "，时限 " + Deadlines.show(deadline, zone)
                        + "；" + months + " 个月 × " + line.monthlyFee().toPlainString() + " 元"));
    }

    private static Charge largest(List<Charge> misses) {
        Charge winner = misses.stream().max(Comparator.comparing(Charge::amount)
                .thenComparing(misses::indexOf, Comparator.reverseOrder())).orElseThrow();
        String others = misses.stream().filter(miss -> miss != winner).map(miss -> miss.rule().standard())
                .collect(Collectors.joining("；"));
        return new Charge(winner.rule(), winner.recordId(), winner.lineIds(), winner.amount(), winner.bookedIn(),
                winner.explanation() + "（同一故障仅取最大一项，未叠加：" + others + "）");
    }
}
