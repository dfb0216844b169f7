package org.perfportal.reports.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.perfportal.reports.DocumentHeader;

/**
 * The payment schedule of Luohe's B 包 contract (DOMAIN §2): total ¥11,625,000.00
 * (壹仟壹佰陆拾贰万伍仟元整), monthly fee 11,625,000.00 ÷ 12 = ¥968,750.00, four installments of
 * 25% = ¥2,906,250.00 (贰佰玖拾万陆仟贰佰伍拾元整), with figures made up for the months:
 * <ul>
 *   <li>1st: three 优秀 months → nothing deducted, payable 2,906,250.00;</li>
 *   <li>2nd: 良好 (5% × 968,750.00 = 48,437.50), 一般 (20% × 968,750.00 = 193,750.00 plus 驻场人员未到位
 *       20,000.00 = 213,750.00), 优秀 → 2,906,250.00 − 48,437.50 − 213,750.00 = 2,644,062.50
 *       (贰佰陆拾肆万肆仟零陆拾贰元伍角整); paid 12 days late → 2 × 5 days × 1% × 2,906,250.00 = 58,125.00;</li>
 *   <li>3rd: three 优秀 months → 2,906,250.00;</li>
 *   <li>4th: three 优秀 months, centralized review −30,000.00 (迁移上云) + 5,000.00 (举证成本) →
 *       2,881,250.00 (贰佰捌拾捌万壹仟贰佰伍拾元整).</li>
 * </ul>
 * Total payable 2,906,250.00 + 2,644,062.50 + 2,906,250.00 + 2,881,250.00 = 11,337,812.50
 * (壹仟壹佰叁拾叁万柒仟捌佰壹拾贰元伍角整).
 */
public final class GoldenPaymentSchedules {

    static final String INSTALLMENT = "贰佰玖拾万陆仟贰佰伍拾元整";
    private static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal QUARTER = new BigDecimal("2906250.00");

    private GoldenPaymentSchedules() {
    }

    public static PaymentScheduleData luoheB(boolean draft) {
        List<InstallmentLine> installments = List.of(
                installment(1, "2026-06-10 至 2026-09-09", List.of(excellent("2026-06-10 至 2026-07-09", "95.00"),
                        excellent("2026-07-10 至 2026-08-09", "92.30"), excellent("2026-08-10 至 2026-09-09", "90.00")),
                        List.of(), QUARTER, INSTALLMENT, "2026-10-29（季度考核及发票后 30 个工作日）", null, null, null),
                installment(2, "2026-09-10 至 2026-12-09", List.of(
                        new MonthLine("2026-09-10 至 2026-10-09", new BigDecimal("85.00"), "良好", new BigDecimal("0.05"),
                                new BigDecimal("48437.50"), ZERO, "", new BigDecimal("48437.50")),
                        new MonthLine("2026-10-10 至 2026-11-09", new BigDecimal("75.50"), "一般", new BigDecimal("0.20"),
                                new BigDecimal("193750.00"), new BigDecimal("20000.00"), "驻场人员未到位 1 次（重点监管事项）",
                                new BigDecimal("213750.00")),
                        excellent("2026-11-10 至 2026-12-09", "91.00")),
                        List.of(), new BigDecimal("2644062.50"), "贰佰陆拾肆万肆仟零陆拾贰元伍角整",
                        "2027-01-28（季度考核及发票后 30 个工作日）", new BigDecimal("58125.00"), "伍万捌仟壹佰贰拾伍元整",
                        "逾期 12 日，按 2 个 5 日计 2% × ¥2,906,250.00"),
                installment(3, "2026-12-10 至 2027-03-09", List.of(excellent("2026-12-10 至 2027-01-09", "93.00"),
                        excellent("2027-01-10 至 2027-02-09", "94.00"), excellent("2027-02-10 至 2027-03-09", "96.00")),
                        List.of(), QUARTER, INSTALLMENT, "2027-04-21（季度考核及发票后 30 个工作日）", null, null, null),
                installment(4, "2027-03-10 至 2027-06-09", List.of(excellent("2027-03-10 至 2027-04-09", "92.00"),
                        excellent("2027-04-10 至 2027-05-09", "93.50"), excellent("2027-05-10 至 2027-06-09", "95.00")),
                        List.of(new ReviewAdjustment("市人社局 3 项运维事项迁移上云，2 个月未服务核减", new BigDecimal("-30000.00")),
                                new ReviewAdjustment("服务商举证的应急保障成本予以认定", new BigDecimal("5000.00"))),
                        new BigDecimal("2881250.00"), "贰佰捌拾捌万壹仟贰佰伍拾元整", "待第四季度考核及发票后确定", null, null, null));
        return new PaymentScheduleData(
                new DocumentHeader("漯河市政务大数据中心", "2026-06-10 至 2027-06-09", "luohe-2026",
                        Instant.parse("2027-06-20T01:00:00Z"), draft),
                "2026 年度市级非涉密政务信息系统一体化运维项目（B 包）", "中移建设有限公司", "2026-06-10 至 2027-06-09",
                new BigDecimal("11625000.00"), "壹仟壹佰陆拾贰万伍仟元整", new BigDecimal("968750.00"), "玖拾陆万捌仟柒佰伍拾元整",
                installments, new BigDecimal("11337812.50"), "壹仟壹佰叁拾叁万柒仟捌佰壹拾贰元伍角整",
                "月度得分 ≥90 优秀全额支付，80–89 良好扣减当月运维费 5%，70–79 一般扣减 20%，70 分以下较差扣减 100%；"
                        + "处罚清单、重点监管事项另行扣减，当月扣减以当月运维费为限；第四期按集中复核结果调整；"
                        + "付款期限为季度考核及发票后 30 个工作日内，逾期每 5 日计本期金额 1%，累计不超过合同总额 20%。");
    }

    private static MonthLine excellent(String month, String score) {
        return new MonthLine(month, new BigDecimal(score), "优秀", new BigDecimal("0.00"), ZERO, ZERO, "", ZERO);
    }

    private static InstallmentLine installment(int number, String period, List<MonthLine> months,
                                               List<ReviewAdjustment> review, BigDecimal net, String netCapitals,
                                               String due, BigDecimal late, String lateCapitals, String lateNote) {
        return new InstallmentLine(number, period, QUARTER, INSTALLMENT, months, review, net, netCapitals, due, late,
                lateCapitals, lateNote);
    }
}
