package org.perfportal.reports.monthly;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.perfportal.reports.Amounts;

/**
 * The vendor's result of one month (服务商月度考核结果, 说明1–3 of 附件4.2): the mean of its units'
 * scores, the deduction items taken off it, the vendor score and grade, the grade's deduction of
 * the month's fee, the money penalties and what the month costs in all.
 *
 * @param label                    the month as printed, e.g. {@code 2026年7月（2026-07-10 至 2026-08-09）}
 * @param unitMean                 单位平均得分
 * @param deductionItems           扣分项 (points, negative)
 * @param vendorScore              服务商月度得分
 * @param grade                    考核等级
 * @param deductionRate            扣减比例 as a fraction
 * @param monthlyFee               当月运维费
 * @param gradeDeduction           等级扣减 in yuan
 * @param penalties                处罚清单、重点监管事项 (yuan, positive)
 * @param totalDeduction           当月扣减合计 in yuan
 * @param totalDeductionInCapitals the same in capitals
 * @param duty                     the extra duty of the grade (问题分析报告及整改报告), or empty
 */
public record MonthVerdict(String label, BigDecimal unitMean, List<TracedLine> deductionItems, BigDecimal vendorScore,
                           String grade, BigDecimal deductionRate, BigDecimal monthlyFee, BigDecimal gradeDeduction,
                           List<TracedLine> penalties, BigDecimal totalDeduction, String totalDeductionInCapitals,
                           String duty) {

    /** Requires the figures; copies the lines. */
    public MonthVerdict {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unitMean, "unitMean");
        deductionItems = List.copyOf(deductionItems);
        Objects.requireNonNull(vendorScore, "vendorScore");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(deductionRate, "deductionRate");
        Objects.requireNonNull(monthlyFee, "monthlyFee");
        Objects.requireNonNull(gradeDeduction, "gradeDeduction");
        penalties = List.copyOf(penalties);
        Objects.requireNonNull(totalDeduction, "totalDeduction");
        Objects.requireNonNull(totalDeductionInCapitals, "totalDeductionInCapitals");
        duty = duty == null ? "" : duty;
    }

    /** The deduction items, one per line: basis, what happened, points, records; or 无. */
    public String deductionText() {
        return deductionItems.isEmpty() ? "无" : deductionItems.stream()
                .map(line -> line.basis() + "：" + line.description() + "（" + line.amount().toPlainString() + " 分"
                        + records(line) + "）")
                .collect(Collectors.joining("\n"));
    }

    /** The money penalties, one per line: basis, what happened, yuan, records; or 无. */
    public String penaltyText() {
        return penalties.isEmpty() ? "无" : penalties.stream()
                .map(line -> line.basis() + "：" + line.description() + "（" + Amounts.yuan(line.amount()) + records(line) + "）")
                .collect(Collectors.joining("\n"));
    }

    private static String records(TracedLine line) {
        return line.records().isEmpty() ? "" : "；记录 " + line.records();
    }
}
