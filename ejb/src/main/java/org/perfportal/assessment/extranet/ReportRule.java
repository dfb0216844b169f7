package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The half-year report rule (巡检报告逾期): the report on a half-year is due by the 5th of the
 * following month (每半年次月 5 日前, the 5th itself on time); each calendar day late costs 1% of
 * the previous month's total fee (上月总网费, the last month of the half-year: only the contract's
 * lines in service in that month, issue 17). The report
 * belongs to the half-year it covers, so the charge is booked there even though the due date
 * lies in the next one: the sheet of a half-year is closed with its report. Not submitted at
 * the assessment instant: the days late so far are charged.
 */
final class ReportRule {

    private final ExtranetSchemeParameters scheme;

    ReportRule(ExtranetSchemeParameters scheme) {
        this.scheme = scheme;
    }

    Optional<Charge> charge(HalfYear period, List<ReportSubmission> reports, LineFees fees, Instant asOf) {
        LocalDate due = period.dayOfFollowingMonth(scheme.reportDueDayOfMonth());
        Optional<ReportSubmission> first = reports.stream()
                .filter(report -> report.reportFor().equals(period))
                .min(Comparator.comparing(ReportSubmission::submittedOn));
        LocalDate counted = first.map(ReportSubmission::submittedOn).orElse(LocalDate.ofInstant(asOf, scheme.zone()));
        long daysLate = Math.max(0, ChronoUnit.DAYS.between(due, counted));
        if (daysLate == 0) {
            return Optional.empty();
        }
        BigDecimal rate = scheme.reportRatePerDayLate().multiply(BigDecimal.valueOf(daysLate));
        String recordId = first.map(ReportSubmission::id).orElse("report-" + period);
        YearMonth previous = YearMonth.from(period.lastDay());
        BigDecimal base = fees.totalMonthly(previous);
        String submitted = first.isPresent() ? "提交 " + counted : "截至 " + counted + " 未提交";
        return Optional.of(new Charge(ExtranetRule.REPORT_LATE, recordId, fees.lineIdsIn(previous),
                base.multiply(rate), period,
                period + " 报告应于 " + due + " 前提交，" + submitted + "，逾期 " + daysLate + " 日 × "
                        + scheme.reportRatePerDayLate().movePointRight(2).stripTrailingZeros().toPlainString()
                        + "% × 上月（" + previous + "）总网费 " + base.toPlainString() + " 元"));
    }
}
