package org.perfportal.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfportal.calendar.BusinessCalendar;
import org.perfportal.calendar.CalendarYearMissingException;

/**
 * The payment schedule of a contract (付款计划, contract 第三条): for each installment (分期款) its
 * contract months with the money each month's result in force deducts (按规定累计扣减对应月份运维费用),
 * the centralized review (集中复核) on the last installment, the net payable, the due date and the
 * agency's late-payment penalty. Pure: the caller loads the results, the review entries and the
 * payment dates; nothing here reads a database or the clock.
 *
 * <p>Readings of the contract, each said where it is applied:
 * <ul>
 *   <li>net payable = installment − Σ deductions − review reductions + recognized costs, never below 0
 *       (a payable cannot be negative; the excess is left to finance);</li>
 *   <li>the quarterly assessment (季度考核) ends when the last month of the installment has an approved
 *       result: its approval day is the assessment date. Payment is due 30 working days after the
 *       assessment <em>and</em> the invoice (季度考核结束并开具发票后30个工作日内), so the later of the two
 *       days starts the count; without an entered invoice date the assessment date is used;</li>
 *   <li>the late-payment penalty (每逾期5日…当期运维费用的1%) is per full step of days late on the gross
 *       installment (当期运维费用), and all installments' penalties together never exceed the cap
 *       (违约金累计不超过合同总金额的20%).</li>
 * </ul>
 */
public final class PaymentSchedule {

    private final PaymentTerms terms;
    private final BusinessCalendar calendar;
    private final int dueWorkingDays;

    /**
     * @param dueWorkingDays working days from the later of assessment and invoice to the due date (30)
     */
    public PaymentSchedule(PaymentTerms terms, BusinessCalendar calendar, int dueWorkingDays) {
        this.terms = terms;
        this.calendar = calendar;
        this.dueWorkingDays = dueWorkingDays;
    }

    /**
     * @param contractTotal the contract total (the late-payment cap is a share of it)
     * @param installments  the contract's installments, in order
     * @param months        the months with a result in force, by month; a month absent is not yet assessed
     * @param review        the centralized review entries (applied on the last installment)
     * @param dates         invoice and payment dates by installment number; absent = none entered
     */
    public List<ScheduledInstallment> schedule(BigDecimal contractTotal, List<Installment> installments,
                                               Map<YearMonth, ScheduledMonth> months, List<ReviewAdjustment> review,
                                               Map<Integer, InstallmentDates> dates) {
        BigDecimal remainingPenaltyCap = contractTotal.multiply(terms.latePenaltyCapShareOfTotal());
        List<ScheduledInstallment> schedule = new ArrayList<>();
        for (Installment installment : installments) {
            boolean last = installment.number() == installments.size();
            ScheduledInstallment line = installment(contractTotal, installment, months, last ? review : List.of(),
                    dates.getOrDefault(installment.number(), InstallmentDates.none()), remainingPenaltyCap);
            if (line.latePenalty() != null) {
                remainingPenaltyCap = remainingPenaltyCap.subtract(line.latePenalty().value());
            }
            schedule.add(line);
        }
        return schedule;
    }

    private ScheduledInstallment installment(BigDecimal contractTotal, Installment installment,
                                             Map<YearMonth, ScheduledMonth> months, List<ReviewAdjustment> review,
                                             InstallmentDates dates, BigDecimal remainingPenaltyCap) {
        List<ScheduledInstallment.Month> lines = new ArrayList<>();
        BigDecimal deducted = BigDecimal.ZERO;
        ScheduledMonth lastMonth = null;
        for (int i = 0; i < terms.monthsPerInstallment(); i++) {
            LocalDate first = installment.firstDay().plusMonths(i);
            ScheduledMonth figures = months.get(YearMonth.from(first));
            lines.add(new ScheduledInstallment.Month(YearMonth.from(first), first, first.plusMonths(1).minusDays(1),
                    Optional.ofNullable(figures), figures == null ? null : Amount.of(figures.moneyDeducted())));
            if (figures != null) {
                deducted = deducted.add(figures.moneyDeducted());
            }
            lastMonth = figures;
        }
        int assessed = (int) lines.stream().filter(m -> m.result().isPresent()).count();
        BigDecimal reductions = sum(review, ReviewAdjustment.Kind.REDUCTION);
        BigDecimal recognized = sum(review, ReviewAdjustment.Kind.RECOGNIZED_COST);
        BigDecimal net = installment.amount().subtract(deducted).subtract(reductions).add(recognized).max(BigDecimal.ZERO);

        List<String> notes = new ArrayList<>();
        if (assessed < lines.size()) {
            notes.add("本期 " + lines.size() + " 个月中有 " + (lines.size() - assessed) + " 个月尚未考核：本期应付金额为暂估");
        }
        LocalDate assessmentDate = assessed == lines.size() ? lastMonth.approvedOn() : null;
        LocalDate dueOn = null;
        if (assessmentDate == null) {
            notes.add("本期最后一个月的考核结果批准（季度考核结束）后方可确定付款期限");
        } else {
            LocalDate start = dates.invoiceOn() != null && dates.invoiceOn().isAfter(assessmentDate)
                    ? dates.invoiceOn() : assessmentDate;
            if (dates.invoiceOn() == null) {
                notes.add("未录入发票日期：付款期限自季度考核结束之日起算");
            }
            try {
                dueOn = calendar.addWorkingDays(start, dueWorkingDays);
            } catch (CalendarYearMissingException e) {
                notes.add(e.year() + " 年节假日安排尚未公布：付款期限（" + start + " 后 " + dueWorkingDays
                        + " 个工作日）暂无法计算");
            }
        }
        Integer daysLate = null;
        Amount penalty = null;
        if (dates.paidOn() != null) {
            if (dueOn == null) {
                notes.add("已于 " + dates.paidOn() + " 付款，但尚无付款期限，无法计算逾期付款违约金");
            } else {
                daysLate = (int) Math.max(0, ChronoUnit.DAYS.between(dueOn, dates.paidOn()));
                BigDecimal owed = new LatePaymentPenalty(terms).penalty(installment.amount(), contractTotal, dueOn,
                        dates.paidOn());
                penalty = Amount.of(owed.min(remainingPenaltyCap.max(BigDecimal.ZERO)));
            }
        }
        return new ScheduledInstallment(installment.number(), installment.firstDay(), installment.lastDay(),
                Amount.of(installment.amount()), lines, assessed, Amount.of(deducted), review, Amount.of(reductions),
                Amount.of(recognized), Amount.of(net), assessed < lines.size(), assessmentDate, dates.invoiceOn(), dueOn,
                dates.paidOn(), daysLate, penalty, notes);
    }

    private static BigDecimal sum(List<ReviewAdjustment> review, ReviewAdjustment.Kind kind) {
        return review.stream().filter(r -> r.kind() == kind).map(ReviewAdjustment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
