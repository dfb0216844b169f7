package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;
import org.perfportal.shared.InvalidFieldException;

/**
 * The dedicated-network rent deductions (政务专网租赁费核减) of the telecom operator and the
 * quarterly settlement (政务专网管理办法 第四十条, 第四十四条(一)). A maintainer arrives on time
 * when he arrives no later than report + limit (exactly at the limit is on time). A missed
 * arrival costs rent only once the unit has urged the operator the required number of times
 * before the arrival; the percentage is the assessor's choice within the ground's range, with
 * a reason, because the method gives a range, not a figure. A month's deductions are capped at
 * a share of that month's rent (DOMAIN <b>Default</b>, 100%), so the operator never owes rent
 * back; the cap is a negative line, so the lines still add up. Lines are yuan deducted.
 */
public final class NetworkRentRule {

    static final String DEDUCTION_CLAUSE = "政务专网管理办法 第四十四条(一)";
    static final String SETTLEMENT_CLAUSE = "政务专网管理办法 第四十条 按季度核定拨付";
    static final String CAP_CLAUSE = "DOMAIN §4 Default: 当月核减不超过当月租赁费";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EgovAnnualSchemeParameters parameters;

    public NetworkRentRule(EgovAnnualSchemeParameters parameters) {
        this.parameters = parameters;
    }

    /** Whether the maintainer arrived within the location's limit; exactly at the limit counts. */
    public boolean arrivedOnTime(MaintenanceIncident incident) {
        Duration limit = parameters.arrivalLimits().get(incident.location());
        return incident.arrivedAt() != null && !incident.arrivedAt().isAfter(incident.reportedAt().plus(limit));
    }

    /** Whether a missed arrival may cost rent: late or absent, after the required reminders. */
    public boolean noArrivalDeductionDue(MaintenanceIncident incident) {
        return !arrivedOnTime(incident) && incident.remindersBeforeArrival() >= parameters.remindersBeforeDeduction();
    }

    /**
     * The month's deductions in yuan, unrounded.
     *
     * @throws InvalidFieldException naming {@code incidents} for an incident reported in another
     *         month, {@code percentage} outside the ground's range,
     *         {@code reason} when blank, {@code incidentId} for an incident not in the month or
     *         one that does not qualify for a missed-arrival deduction
     */
    public TracedValue monthDeductions(RentMonth month) {
        for (MaintenanceIncident incident : month.incidents()) {
            if (!YearMonth.from(incident.reportedAt().atZone(parameters.zone())).equals(month.month())) {
                throw new InvalidFieldException("incidents", "incident " + incident.id() + " was not reported in " + month.month());
            }
        }
        List<TraceLine> lines = new ArrayList<>();
        for (RentDeduction deduction : month.deductions()) {
            MaintenanceIncident incident = month.incidents().stream()
                    .filter(i -> i.id().equals(deduction.incidentId())).findFirst()
                    .orElseThrow(() -> new InvalidFieldException("incidentId", deduction.id() + ": no incident "
                            + deduction.incidentId() + " in " + month.month()));
            check(deduction, incident);
            lines.add(TraceLine.of("PL-RENT-" + deduction.ground(), DEDUCTION_CLAUSE,
                    deduction.ground().chinese() + " " + deduction.percentage().toPlainString() + "% of "
                            + month.rent().toPlainString() + " (" + incident.unit() + ", " + incident.location().chinese() + "): " + deduction.reason(),
                    Measure.YUAN, month.rent().multiply(deduction.percentage()).divide(HUNDRED),
                    List.of(deduction.id(), incident.id())));
        }
        BigDecimal total = TracedValue.sumOf(lines).value();
        BigDecimal cap = month.rent().multiply(parameters.monthlyCapPercentage()).divide(HUNDRED);
        if (total.compareTo(cap) > 0) {
            lines.add(TraceLine.of("PL-RENT-CAP", CAP_CLAUSE, month.month() + ": total " + total.toPlainString()
                    + " capped at " + parameters.monthlyCapPercentage().toPlainString() + "% of the rent",
                    Measure.YUAN, cap.subtract(total), List.of()));
        }
        return TracedValue.sumOf(lines);
    }

    /**
     * The quarter's settlement: Σ rent − Σ monthly (capped) deductions.
     *
     * @throws InvalidFieldException on {@code months} unless they are the three months of one quarter
     */
    public QuarterSettlement settle(List<RentMonth> months) {
        List<YearMonth> labels = months.stream().map(RentMonth::month).sorted().distinct().toList();
        if (months.size() != 3 || labels.size() != 3 || labels.get(0).getMonthValue() % 3 != 1
                || !labels.get(0).plusMonths(2).equals(labels.get(2))) {
            throw new InvalidFieldException("months", "a settlement covers the three months of one quarter, was " + labels);
        }
        List<TraceLine> rent = new ArrayList<>();
        List<TraceLine> deductions = new ArrayList<>();
        for (RentMonth month : months.stream().sorted(Comparator.comparing(RentMonth::month)).toList()) {
            rent.add(TraceLine.of("PL-RENT", SETTLEMENT_CLAUSE, month.month() + " rent", Measure.YUAN, month.rent(), List.of()));
            deductions.addAll(monthDeductions(month).lines());
        }
        YearMonth first = labels.get(0);
        return new QuarterSettlement(first.getYear(), (first.getMonthValue() + 2) / 3,
                TracedValue.sumOf(rent), TracedValue.sumOf(deductions));
    }

    private void check(RentDeduction deduction, MaintenanceIncident incident) {
        PercentageRange range = parameters.rentDeductionRanges().get(deduction.ground());
        if (!range.contains(deduction.percentage())) {
            throw new InvalidFieldException("percentage", deduction.id() + ": " + deduction.ground().chinese()
                    + " allows " + range + ", was " + deduction.percentage().toPlainString() + "%");
        }
        if (deduction.reason() == null || deduction.reason().isBlank()) {
            throw new InvalidFieldException("reason", deduction.id() + ": say why " + deduction.percentage().toPlainString() + "%");
        }
        if (deduction.ground() == RentDeductionGround.NO_ARRIVAL_AFTER_REMINDERS && !noArrivalDeductionDue(incident)) {
            throw new InvalidFieldException("incidentId", deduction.id() + ": incident " + incident.id()
                    + (arrivedOnTime(incident) ? " was attended on time"
                    : " has " + incident.remindersBeforeArrival() + " reminder(s) before arrival, "
                    + parameters.remindersBeforeDeduction() + " needed"));
        }
    }
}
