package org.perfportal.reports.extranet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.perfportal.reports.DocumentHeader;

/**
 * The half-year sheet of the ExtranetHalfYearIT scenario (2026-H1, 总网费 3,000.00/月), as the web
 * layer maps it from the stored result: late repair 800.00 (WW-002), an exempted late repair
 * (暴雪, 0.00), late relocation 300.00 (WW-004), report 3 days late 90.00, ad-hoc inspection
 * 150.00; 总计 0 + 800 + 0 + 300 + 90 + 150 = 1,340.00; final payment 100,000.00 − 1,340.00 =
 * 98,660.00 payable.
 */
public final class GoldenExtranetSheets {

    private GoldenExtranetSheets() {
    }

    public static ExtranetSheetData firstHalf2026(boolean draft) {
        List<ExtranetSheetRow> rows = List.of(
                new ExtranetSheetRow("运维质量", "电子政务外网网络故障导致断线及无法访问等问题",
                        "1、旗直属机关、集中办公区故障应2小时到达、6小时内修复；2、苏木镇6小时到达、12小时内修复；3、嘎查村6小时到达、48小时内修复",
                        "1、未按期修复故障，扣除对应线路一个月网费；2、断网时间超过7天，扣除对应线路一个月网费；3、故障持续一个月未修复的，扣除对应线路全年网费",
                        true, new BigDecimal("800.00"),
                        "旗直属机关、集中办公区故障申报 2026-04-10 08:00，到达 2026-04-10 11:00，时限 2026-04-10 10:00（0.00 元）\n"
                                + "旗直属机关、集中办公区故障申报 2026-04-10 08:00，确认恢复 2026-04-10 16:30，时限 2026-04-10 14:00；1 个月 × 800.00 元（800.00 元）\n"
                                + "苏木镇故障申报 2026-05-20 10:00，确认恢复 2026-05-21 12:00（不可抗力减免：5月20日暴雪，道路封闭）"),
                new ExtranetSheetRow("运维质量", "用网单位搬迁后，政务网恢复情况", "在单位搬迁结束后15个工作日内完成迁移并恢复正常使用",
                        "如15个工作日尚未完成迁移并恢复正常使用，扣除1个月对应线路网费", true, new BigDecimal("300.00"),
                        "搬迁结束 2026-03-30，时限 2026-04-21，恢复 2026-04-22；1 个月 × 300.00 元（300.00 元）"),
                new ExtranetSheetRow("运维质量", "主干线路破坏，影响整体政务网", "运维方应在1小时内作出处理并于4小时内恢复",
                        "若超过1小时未响应或4小时未恢复，扣除运营商1个月网费", false, new BigDecimal("0.00"), ""),
                new ExtranetSheetRow("运维巡检报告", "每季度定期巡检，提供巡检报告和详细运维维修记录", "报告应每半年次月5日前提交",
                        "逾期未提交，扣除上月总网费1%，每延迟1日扣1%", true, new BigDecimal("90.00"),
                        "2026-H1 报告应于 2026-07-05 前提交，提交 2026-07-08，逾期 3 日 × 1% × 上月总网费 3000.00 元（90.00 元）"),
                new ExtranetSheetRow("不定期巡查", "巡查电子政务外网保障服务质量", "业主单位不定期对电子政务外网保障服务质量进行巡查",
                        "依据巡查情况，业主单位酌情扣款", true, new BigDecimal("150.00"), "2026-06-15 巡查：机房线缆未标识（150.00 元）"));
        return new ExtranetSheetData(
                new DocumentHeader("鄂托克旗政务服务与数据管理局", "2026年上半年（2026-H1）", "ordos-2025 · 第1次计算",
                        Instant.parse("2026-07-20T02:30:00Z"), draft),
                "鄂托克旗电子政务外网保障服务质量考核", "鄂托克旗电信", "2026-01-01 至 2026-12-31（合同编号 OTG-WW-2026-01）", 5,
                "2026-01-01 至 2026-06-30", rows, new BigDecimal("1340.00"), "壹仟叁佰肆拾元整",
                new BigDecimal("100000.00"), new BigDecimal("98660.00"), "玖万捌仟陆佰陆拾元整", new BigDecimal("0.00"),
                "从尾款中扣除", "");
    }
}
