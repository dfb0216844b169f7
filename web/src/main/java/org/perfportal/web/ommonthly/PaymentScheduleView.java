package org.perfportal.web.ommonthly;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.perfportal.payment.Amount;
import org.perfportal.payment.ReviewAdjustment;
import org.perfportal.payment.ScheduledInstallment;

/**
 * A contract's payment schedule (付款计划) as finance reads it: every installment with its months
 * ({@code assessed} false for a month without a result in force), deductions, centralized review,
 * net payable, due date and late-payment penalty, each amount in figures and Chinese capitals;
 * {@code notes} say in words why a figure is provisional or missing (e.g. the calendar of a year
 * not yet published).
 */
public record PaymentScheduleView(long contractId, Amount total, List<InstallmentView> installments) {

    /** One installment. */
    public record InstallmentView(int number, LocalDate firstDay, LocalDate lastDay, Amount amount, List<MonthView> months,
                                  int monthsAssessed, Amount deducted, List<ReviewView> review, Amount reviewReductions,
                                  Amount recognizedCosts, Amount netPayable, boolean provisional, LocalDate assessmentDate,
                                  LocalDate invoiceOn, LocalDate dueOn, LocalDate paidOn, Integer daysLate,
                                  Amount latePenalty, List<String> notes) {
    }

    /** One contract month; the figures are null while it is not assessed. */
    public record MonthView(String month, LocalDate firstDay, LocalDate lastDay, boolean assessed, Long assessmentId,
                            BigDecimal score, String grade, String gradeLabel, BigDecimal deductionRate,
                            Amount gradeDeduction, Amount penalties, Amount moneyDeducted, LocalDate approvedOn) {
    }

    /** One centralized review entry applied. */
    public record ReviewView(long id, ReviewAdjustment.Kind kind, Amount amount, String reason) {
    }

    static PaymentScheduleView of(long contractId, BigDecimal total, List<ScheduledInstallment> schedule) {
        return new PaymentScheduleView(contractId, Amount.of(total), schedule.stream().map(i -> new InstallmentView(
                i.number(), i.firstDay(), i.lastDay(), i.amount(),
                i.months().stream().map(m -> m.result().map(r -> new MonthView(m.month().toString(), m.firstDay(),
                                m.lastDay(), true, r.assessmentId(), r.score(), r.grade(), r.gradeLabel(), r.deductionRate(),
                                Amount.of(r.gradeDeduction()), Amount.of(r.penalties()), m.moneyDeducted(), r.approvedOn()))
                        .orElse(new MonthView(m.month().toString(), m.firstDay(), m.lastDay(), false, null, null, null,
                                null, null, null, null, null, null))).toList(),
                i.monthsAssessed(), i.deducted(),
                i.review().stream().map(r -> new ReviewView(r.id(), r.kind(), Amount.of(r.amount()), r.reason())).toList(),
                i.reviewReductions(), i.recognizedCosts(), i.netPayable(), i.provisional(), i.assessmentDate(),
                i.invoiceOn(), i.dueOn(), i.paidOn(), i.daysLate(), i.latePenalty(), i.notes())).toList());
    }
}
