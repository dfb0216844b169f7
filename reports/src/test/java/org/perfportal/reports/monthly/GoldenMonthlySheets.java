package org.perfportal.reports.monthly;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.perfportal.reports.DocumentHeader;

/**
 * Luohe monthly sheets (附件4.2 per unit, DOMAIN §2) made up by hand for 2026年7月, fee ¥968,750.00:
 * <ul>
 *   <li>漯河市人民政府办公室: satisfaction 30, visits 8, inspections 8, backups 4, scans 10, anomaly
 *       30 − 10 (1级故障 restored late, fault-12) = 20, documents 10 × 9/10 = 9 → 89.00;</li>
 *   <li>漯河市公安局: satisfaction 4 × 6 + 6 × 0.8 = 28.80, routine 30, anomaly 30, documents 10 → 98.80;</li>
 *   <li>漯河市医疗保障局 (line lease only): satisfaction 30 (not submitted: 视为满意), routine 30,
 *       anomaly 30 − 5 (高危漏洞 not fixed in 7 days, vuln-7) = 25, documents 10 → 95.00.</li>
 * </ul>
 * Mean (89.00 + 98.80 + 95.00) ÷ 3 = 94.27; 有责投诉 −5 → vendor score 89.27, 良好: 5% × 968,750.00 =
 * 48,437.50; 驻场人员未到位 20,000.00 → month total 68,437.50 (陆万捌仟肆佰叁拾柒元伍角整).
 */
public final class GoldenMonthlySheets {

    private GoldenMonthlySheets() {
    }

    public static MonthlySheetData heading(boolean draft) {
        return new MonthlySheetData(new DocumentHeader("漯河市政务大数据中心", "2026年7月（2026-07-10 至 2026-08-09）",
                "luohe-2026", Instant.parse("2026-08-15T08:00:00Z"), draft), "中移建设有限公司",
                "2026 年度市级非涉密政务信息系统一体化运维项目（B 包）");
    }

    public static MonthVerdict july() {
        return new MonthVerdict("2026年7月（2026-07-10 至 2026-08-09）", new BigDecimal("94.27"),
                List.of(new TracedLine("DEDUCTION-COMPLAINT", "附件4.2 扣分项 有责投诉", "7月22日市公安局投诉：系统升级未提前告知", new BigDecimal("-5.00"), "complaint-3")),
                new BigDecimal("89.27"), "良好", new BigDecimal("0.05"), new BigDecimal("968750.00"), new BigDecimal("48437.50"),
                List.of(new TracedLine("PENALTY-ON-SITE-ABSENT", "附件4.2 重点监管事项 驻场人员到位情况", "7月15日驻场人员未到岗", new BigDecimal("20000.00"), "absence-2")),
                new BigDecimal("68437.50"), "陆万捌仟肆佰叁拾柒元伍角整", "");
    }

    public static List<UnitSheet> julyUnits() {
        MonthVerdict month = july();
        return List.of(
                new UnitSheet(month, "漯河市人民政府办公室", new BigDecimal("89.00"), List.of(
                        part("满意度评价", "满意度评价", "30", "30.00"),
                        part("日常工作", "上门回访", "8", "8.00"), part("日常工作", "日常巡检", "8", "8.00"),
                        part("日常工作", "数据备份", "4", "4.00"), part("日常工作", "漏洞扫描", "10", "10.00"),
                        new PartScore("异常处置", "异常处置时效", new BigDecimal("30"), new BigDecimal("20.00"), List.of(
                                new TracedLine("ANOMALY-FAULT", "附件4.2 异常处置 故障处置", "1级故障 07-18 09:05 申报，11:40 恢复，超过 2 小时恢复时限",
                                        new BigDecimal("-10.00"), "fault-12"))),
                        new PartScore("运维资料", "运维资料归档", new BigDecimal("10"), new BigDecimal("9.00"), List.of(
                                new TracedLine("DOCUMENTS", "附件4.2 运维资料", "归档 9 份，应归档 10 份（缺故障分析报告）：10 × 9 ÷ 10",
                                        new BigDecimal("-1.00"), "catalogue-2026-07"))))),
                new UnitSheet(month, "漯河市公安局", new BigDecimal("98.80"), List.of(
                        new PartScore("满意度评价", "满意度评价", new BigDecimal("30"), new BigDecimal("28.80"), List.of(
                                new TracedLine("SATISFACTION", "附件4.1 满意度评价表", "异常解决情况：基本满意（6 × 0.8）",
                                        new BigDecimal("-1.20"), "satisfaction-31"))),
                        part("日常工作", "上门回访", "8", "8.00"), part("日常工作", "日常巡检", "8", "8.00"),
                        part("日常工作", "数据备份", "4", "4.00"), part("日常工作", "漏洞扫描", "10", "10.00"),
                        part("异常处置", "异常处置时效", "30", "30.00"), part("运维资料", "运维资料归档", "10", "10.00"))),
                new UnitSheet(month, "漯河市医疗保障局", new BigDecimal("95.00"), List.of(
                        new PartScore("满意度评价", "满意度评价", new BigDecimal("30"), new BigDecimal("30.00"), List.of(
                                new TracedLine("SATISFACTION", "附件4.2 满意度评价", "逾期未报送，视为满意", new BigDecimal("0.00"), ""))),
                        new PartScore("日常工作", "线路租赁和购买服务（按满分计算）", new BigDecimal("30"), new BigDecimal("30.00"), List.of()),
                        new PartScore("异常处置", "异常处置时效", new BigDecimal("30"), new BigDecimal("25.00"), List.of(
                                new TracedLine("ANOMALY-VULNERABILITY", "附件4.2 异常处置 漏洞修复", "高危漏洞 07-20 发现，7 日内未修复",
                                        new BigDecimal("-5.00"), "vuln-7"))),
                        part("运维资料", "运维资料归档", "10", "10.00"))));
    }

    /**
     * A year of sheets for {@code units} units (12 months × units sheets), generated one at a time
     * as the renderer pulls them, like a service paging through its results.
     */
    public static Iterator<UnitSheet> year(int units) {
        List<UnitSheet> template = julyUnits();
        return new Iterator<>() {
            private int month;
            private int unit;
            private MonthVerdict verdict = verdict(0);

            @Override
            public boolean hasNext() {
                return month < 12;
            }

            @Override
            public UnitSheet next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                UnitSheet shape = template.get(unit % template.size());
                UnitSheet sheet = new UnitSheet(verdict, "漯河市第" + (unit + 1) + "使用单位", shape.unitScore(), shape.parts());
                if (++unit == units) {
                    unit = 0;
                    month++;
                    verdict = verdict(month);
                }
                return sheet;
            }
        };
    }

    private static MonthVerdict verdict(int month) {
        MonthVerdict july = july();
        return new MonthVerdict("第" + (month + 1) + "个考核月", july.unitMean(), july.deductionItems(), july.vendorScore(),
                july.grade(), july.deductionRate(), july.monthlyFee(), july.gradeDeduction(), july.penalties(),
                july.totalDeduction(), july.totalDeductionInCapitals(), july.duty());
    }

    private static PartScore part(String part, String item, String max, String points) {
        return new PartScore(part, item, new BigDecimal(max), new BigDecimal(points), new ArrayList<>());
    }
}
