package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.perfportal.contract.ServiceContract;
import org.perfportal.payment.ChineseAmount;
import org.perfportal.payment.PaymentTerms;
import org.perfportal.payment.ReviewAdjustment;
import org.perfportal.payment.ScheduledInstallment;
import org.perfportal.reports.DocumentHeader;
import org.perfportal.reports.payment.InstallmentLine;
import org.perfportal.reports.payment.MonthLine;
import org.perfportal.reports.payment.PaymentScheduleData;
import org.perfportal.shared.ConflictException;

/**
 * A contract's payment schedule (付款计划, as {@code OmPaymentService} computes it) laid out as the
 * 付款计划及结算表: every installment with its three months — a month without a result in force
 * prints 未考核 with blank figures — the centralized review, net payable, due date and late-payment
 * penalty, every amount with the capitals of {@link ChineseAmount}. Translation only: every figure is
 * the schedule's.
 *
 * <p><b>Draft (草稿).</b> The schedule has no status of its own; it reads each month's result in force.
 * It prints as 草稿 while any of its months has no approved result yet (the schedule is then
 * provisional: its net payables can still change); a disputed month stays in force and does not
 * make it a draft. A contract none of whose months has an approved result has nothing to settle:
 * the document is refused (409 {@code months}) rather than printed without a single figure.
 */
final class PaymentSchedulePrint {

    private PaymentSchedulePrint() {
    }

    /**
     * @param schemeVersions the version labels of the schemes the months in force were computed with
     * @param parameters     the latest of those schemes, whose terms are printed under the total
     */
    static PaymentScheduleData of(String tenantName, ServiceContract contract, List<ScheduledInstallment> schedule,
                                  List<String> schemeVersions, OmSchemeParameters parameters, Instant now) {
        if (schedule.stream().allMatch(i -> i.monthsAssessed() == 0)) {
            throw new ConflictException("months", "no month of contract " + contract.id()
                    + " has an approved result yet: the payment schedule has no figure to settle");
        }
        DocumentHeader header = new DocumentHeader(tenantName, "服务期限 " + contract.serviceStart() + " 至 "
                + contract.serviceEnd(), String.join("、", schemeVersions), now,
                schedule.stream().anyMatch(ScheduledInstallment::provisional));
        List<InstallmentLine> installments = schedule.stream().map(PaymentSchedulePrint::installment).toList();
        BigDecimal totalPayable = schedule.stream().map(i -> i.netPayable().value())
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
        return new PaymentScheduleData(header, contract.name(), contract.vendor().name(),
                contract.serviceStart() + " 至 " + contract.serviceEnd(), contract.total(),
                ChineseAmount.format(contract.total()), contract.monthlyFee(), ChineseAmount.format(contract.monthlyFee()),
                installments, totalPayable, ChineseAmount.format(totalPayable), terms(parameters));
    }

    private static InstallmentLine installment(ScheduledInstallment i) {
        List<MonthLine> months = i.months().stream().map(m -> {
            String days = m.firstDay() + " 至 " + m.lastDay();
            return m.result().map(r -> new MonthLine(days, r.score(), r.gradeLabel(), r.deductionRate(),
                            r.gradeDeduction(), r.penalties(), "", m.moneyDeducted().value()))
                    .orElseGet(() -> MonthLine.notAssessed(days, "尚无生效的考核结果"));
        }).toList();
        List<org.perfportal.reports.payment.ReviewAdjustment> review = i.review().stream()
                .map(PaymentSchedulePrint::adjustment).toList();
        String due = i.dueOn() != null ? i.dueOn().toString() : "待定：" + String.join("；", i.notes());
        String penaltyNote = i.latePenalty() == null ? "" : "逾期 " + i.daysLate() + " 天（付款日 " + i.paidOn()
                + "，付款期限 " + i.dueOn() + "）";
        return new InstallmentLine(i.number(), i.firstDay() + " 至 " + i.lastDay(), i.amount().value(),
                i.amount().capitals(), months, review, i.netPayable().value(), i.netPayable().capitals(), due,
                i.latePenalty() == null ? null : i.latePenalty().value(),
                i.latePenalty() == null ? null : i.latePenalty().capitals(), penaltyNote);
    }

    /** A review entry as a signed line: a reduction (核减) takes from the installment, a recognized cost adds. */
    private static org.perfportal.reports.payment.ReviewAdjustment adjustment(ReviewAdjustment entry) {
        boolean reduction = entry.kind() == ReviewAdjustment.Kind.REDUCTION;
        return new org.perfportal.reports.payment.ReviewAdjustment((reduction ? "核减：" : "认定费用：") + entry.reason(),
                reduction ? entry.amount().negate() : entry.amount());
    }

    /** The grade bands and payment terms of the scheme, in words, so that every printed figure can be checked. */
    private static String terms(OmSchemeParameters p) {
        String bands = p.gradeBands().stream()
                .map((GradeBand b) -> b.grade().chinese() + "（" + b.minScore().stripTrailingZeros().toPlainString()
                        + " 分及以上）扣减当月运维费 " + percent(b.feeDeductionRate()))
                .collect(Collectors.joining("；"));
        PaymentTerms t = p.paymentTerms();
        return "考核等级：" + bands + "。付款期限：季度考核结束并开具发票后 " + OmPaymentService.DUE_WORKING_DAYS
                + " 个工作日内。逾期付款：每逾期 " + t.latePenaltyStepDays() + " 日按当期运维费用的 "
                + percent(t.latePenaltyRatePerStep()) + " 计违约金，累计不超过合同总金额的 "
                + percent(t.latePenaltyCapShareOfTotal()) + "。";
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
