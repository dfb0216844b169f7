package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.time.Duration;
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

    private final OmSchemeParameters parameters;

    public AnomalyHandlingRule(OmSchemeParameters parameters) {
        this.parameters = parameters;
    }

    public TracedValue score(List<Fault> faults, List<Vulnerability> vulnerabilities, AssessmentMonth month,
                             Exemptions exemptions) {
        List<TraceLine> lines = new ArrayList<>();
        lines.add(TraceLine.of("ANOMALY-START", CLAUSE, "满分起算，逐项扣减", Measure.POINTS,
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
            lines.add(TraceLine.of("ANOMALY-FLOOR", CLAUSE, "扣分超过本项分值：按 0 分计",
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
        String what = lateResponse && lateRestore ? "响应超时且恢复超时" : lateResponse ? "响应超时" : "恢复超时";
        return Optional.of(TraceLine.of("ANOMALY-FAULT", FAULT_CLAUSE,
                fault.level().chinese() + "故障（项目 " + fault.systemId() + "）：" + what + "（每起故障只扣一次）",
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
                vulnerability.severity().chinese() + "漏洞（项目 " + vulnerability.systemId() + "）未在 "
                        + inWords(limit.fix()) + "内处置", Measure.POINTS, limit.deduction().negate(), List.of(vulnerability.id())));
    }

    /** A limit as the source words it: {@code 15 天} when whole days beyond one, else {@code 24 小时}. */
    private static String inWords(Duration limit) {
        long hours = limit.toHours();
        return hours > 24 && hours % 24 == 0 ? hours / 24 + " 天" : hours + " 小时";
    }

    /** A limit is missed when the event has not happened or happened after the deadline. */
    private static boolean missed(Instant event, Instant deadline) {
        return event == null || event.isAfter(deadline);
    }
}
