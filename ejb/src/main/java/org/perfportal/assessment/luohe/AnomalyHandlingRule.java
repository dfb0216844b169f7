package org.perfportal.assessment.luohe;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;

/**
 * Anomaly handling score (异常处置, 30 points): start at full points, deduct per fault that
 * missed its response or restore limit (once per fault, even if it missed both) and per
 * vulnerability not fixed in time, floor at 0.
 *
 * <p>Month of a miss (DOMAIN <b>Default</b>): the month in which the first missed deadline
 * passes. So a fault reported on the 9th at 23:00 and unrestored after 24 h counts in the next
 * month, and a fault counted once is never counted again later. A miss with an approved
 * exemption stays as a zero, exempted line. When deductions exceed the points, a floor line
 * brings the part back to 0, so the lines still add up to the part.
 */
public final class AnomalyHandlingRule {

    static final String FAULT_CLAUSE = "附件4.2 异常处置-故障处置";
    static final String VULNERABILITY_CLAUSE = "附件4.2 异常处置-漏洞修复";
    static final String CLAUSE = "附件4.2 异常处置考核";

    private final LuoheSchemeParameters parameters;

    public AnomalyHandlingRule(LuoheSchemeParameters parameters) {
        this.parameters = parameters;
    }

    public TracedValue score(List<Fault> faults, List<Vulnerability> vulnerabilities, AssessmentMonth month,
                             Exemptions exemptions) {
        List<TraceLine> lines = new ArrayList<>();
        lines.add(TraceLine.of("ANOMALY-START", CLAUSE, "full points before deductions", Measure.POINTS,
                parameters.anomalyPoints(), List.of()));
        for (Fault fault : faults) {
            faultLine(fault, month).map(line -> exemptions.apply(line, fault.id())).ifPresent(lines::add);
        }
        for (Vulnerability vulnerability : vulnerabilities) {
            vulnerabilityLine(vulnerability, month).map(line -> exemptions.apply(line, vulnerability.id()))
                    .ifPresent(lines::add);
        }
        BigDecimal sum = TracedValue.sumOf(lines).value();
        if (sum.signum() < 0) {
            lines.add(TraceLine.of("ANOMALY-FLOOR", CLAUSE, "deductions exceed the part's points: floor at 0",
                    Measure.POINTS, sum.negate(), List.of()));
        }
        return TracedValue.sumOf(lines);
    }

    private Optional<TraceLine> faultLine(Fault fault, AssessmentMonth month) {
        FaultLimit limit = parameters.faultLimits().get(fault.level());
        Instant responseDeadline = fault.reported().plus(limit.response());
        Instant restoreDeadline = fault.reported().plus(limit.restore());
        boolean lateResponse = missed(fault.responded(), responseDeadline);
        boolean lateRestore = missed(fault.restored(), restoreDeadline);
        if (!lateResponse && !lateRestore) {
            return Optional.empty();
        }
        Instant firstMissedDeadline = lateResponse ? responseDeadline : restoreDeadline;
        if (!month.contains(firstMissedDeadline)) {
            return Optional.empty();
        }
        String what = lateResponse && lateRestore ? "late response and late restore"
                : lateResponse ? "late response" : "late restore";
        return Optional.of(TraceLine.of("ANOMALY-FAULT", FAULT_CLAUSE,
                fault.level() + " fault on " + fault.systemId() + ": " + what + " (deducted once per fault)",
                Measure.POINTS, limit.deduction().negate(), List.of(fault.id())));
    }

    private Optional<TraceLine> vulnerabilityLine(Vulnerability vulnerability, AssessmentMonth month) {
        VulnerabilityLimit limit = parameters.vulnerabilityLimits().get(vulnerability.severity());
        Instant deadline = vulnerability.found().plus(limit.fix());
        boolean late = missed(vulnerability.fixed(), deadline)
                || limit.responseRequired() && missed(vulnerability.responded(), deadline);
        if (!late || !month.contains(deadline)) {
            return Optional.empty();
        }
        return Optional.of(TraceLine.of("ANOMALY-VULNERABILITY", VULNERABILITY_CLAUSE,
                vulnerability.severity() + " vulnerability on " + vulnerability.systemId() + " not handled within "
                        + limit.fix(), Measure.POINTS, limit.deduction().negate(), List.of(vulnerability.id())));
    }

    /** A limit is missed when the event has not happened or happened after the deadline. */
    private static boolean missed(Instant event, Instant deadline) {
        return event == null || event.isAfter(deadline);
    }
}
