package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.perfportal.assessment.Assessment;
import org.perfportal.assessment.TraceLine;
import org.perfportal.payment.ChineseAmount;
import org.perfportal.reports.DocumentHeader;
import org.perfportal.reports.extranet.ExtranetSheetData;
import org.perfportal.reports.extranet.ExtranetSheetRow;
import org.perfportal.scheme.AppliedScheme;

/**
 * A stored extranet half-year result laid out as the 电子政务外网支撑保障服务考核表（半年考核）: the form's
 * indicator rows in its order, each with the limits of the scheme version the result names, the
 * yuan of its traced lines and their explanations; the total and the settlement against the
 * contract covering the half-year. Translation only: every figure is the stored result's.
 *
 * <p>A result not yet approved (draft or submitted) prints as 草稿. The 违规外联 row, which the
 * form does not have, is printed only when the result has such a line, so that its yuan are
 * never left out of the rows that add up to 总计.
 */
final class ExtranetSheetPrint {

    private ExtranetSheetPrint() {
    }

    /** One row of the form: what it shows and which rules' lines it gathers. */
    private record Indicator(String category, String indicator, String description, String standard,
                             Set<ExtranetRule> rules, boolean optional) {
    }

    static ExtranetSheetData of(String tenantName, Assessment result, AppliedScheme<ExtranetSchemeParameters> scheme,
                                ExtranetSettlement settlement, int lineCount, Instant now) {
        HalfYear period = settlement.period();
        List<ExtranetSheetRow> rows = new ArrayList<>();
        for (Indicator indicator : indicators(scheme.parameters())) {
            List<TraceLine> lines = result.lines().stream()
                    .filter(line -> indicator.rules().stream().anyMatch(rule -> rule.name().equals(line.ruleCode())))
                    .toList();
            if (indicator.optional() && lines.isEmpty()) {
                continue;
            }
            BigDecimal amount = lines.stream().map(TraceLine::amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
            rows.add(new ExtranetSheetRow(indicator.category(), indicator.indicator(), indicator.description(),
                    indicator.standard(), amount.signum() > 0, amount,
                    lines.stream().map(ExtranetSheetPrint::explanation).collect(Collectors.joining("\n"))));
        }
        DocumentHeader header = new DocumentHeader(tenantName, period.year() + "年" + (period.half() == HalfYear.Half.H1 ? "上" : "下")
                + "半年（" + period + "）", scheme.versionLabel() + " · 第" + result.revision() + "次计算", now,
                !result.status().inForce());
        BigDecimal total = result.total();
        String assessed = period.firstDay() + " 至 " + period.lastDay();
        if (!settlement.settled()) {
            return new ExtranetSheetData(header, "电子政务外网支撑保障服务", "—", "—", lineCount, assessed, rows, total,
                    ChineseAmount.format(total), null, null, null, null,
                    "没有覆盖 " + period + " 的运营商合同，尾款无从抵扣，应付金额待定", result.remark());
        }
        CoveringContract c = settlement.contract();
        HalfYearSettlement figures = settlement.figures();
        return new ExtranetSheetData(header, c.name(), c.vendorName(), c.serviceStart() + " 至 " + c.serviceEnd()
                + "（合同编号 " + c.number() + "）", lineCount, assessed, rows, total, ChineseAmount.format(total),
                figures.finalPayment(), figures.netPayable(), ChineseAmount.format(figures.netPayable()),
                figures.excessDeduction(), settlement.exceedsFinalPayment()
                        ? "扣款超过尾款的部分由财务另行追缴（履约保证金或下期款项）"
                        : "按半年考核情况从尾款中扣除", result.remark());
    }

    /** A traced line as the 甲方扣罚说明 prints it: what happened, the yuan or the exemption, the records. */
    private static String explanation(TraceLine line) {
        String amount = line.exempted() ? "不可抗力减免：" + line.exemptionReason() : line.amount().toPlainString() + " 元";
        String records = line.recordIds().isEmpty() ? "" : "；记录 " + String.join("、", line.recordIds());
        return line.description() + "（" + amount + records + "）";
    }

    private static List<Indicator> indicators(ExtranetSchemeParameters p) {
        return List.of(
                new Indicator("运维质量", "电子政务外网网络故障导致断线及无法访问等问题",
                        "1、旗直属机关、集中办公区故障应" + hours(p.limitsFor(LocationClass.BANNER_ORGAN).arrive())
                                + "到达故障现场进行抢修，并在" + hours(p.limitsFor(LocationClass.BANNER_ORGAN).repair())
                                + "内修复故障；\n2、苏木镇故障应" + hours(p.limitsFor(LocationClass.SUMU_TOWN).arrive())
                                + "内到达故障现场进行抢修，并在" + hours(p.limitsFor(LocationClass.SUMU_TOWN).repair())
                                + "内修复故障；\n3、嘎查村故障应" + hours(p.limitsFor(LocationClass.GACHA_VILLAGE).arrive())
                                + "内到达故障现场进行抢修，并在" + hours(p.limitsFor(LocationClass.GACHA_VILLAGE).repair())
                                + "内修复故障",
                        "1、未按期修复故障，扣除对应线路" + p.lateRepairMonths() + "个月网费；\n2、断网时间超过"
                                + p.outageLimit().toDays() + "天，扣除对应线路" + p.outageMonths() + "个月网费；\n3、故障持续"
                                + p.unrepairedLimit().toTotalMonths() + "个月未修复的，扣除对应线路" + p.unrepairedMonths()
                                + "个月（全年）网费",
                        EnumSet.of(ExtranetRule.FAULT_LATE_ARRIVAL, ExtranetRule.FAULT_LATE_REPAIR,
                                ExtranetRule.FAULT_OUTAGE_OVER_LIMIT, ExtranetRule.FAULT_UNREPAIRED_FOR_A_MONTH), false),
                new Indicator("运维质量", "用网单位搬迁后，政务网恢复情况",
                        "在单位搬迁结束后" + p.relocationWorkingDays() + "个工作日内完成迁移并恢复正常使用",
                        "如" + p.relocationWorkingDays() + "个工作日尚未完成迁移并恢复正常使用，扣除" + p.relocationMonths()
                                + "个月对应线路网费",
                        EnumSet.of(ExtranetRule.RELOCATION_LATE), false),
                new Indicator("运维质量", "主干线路破坏，影响整体政务网",
                        "运维方应在" + hours(p.backboneLimits().respond()) + "内作出处理并于"
                                + hours(p.backboneLimits().restore()) + "内恢复",
                        "若超过" + hours(p.backboneLimits().respond()) + "未响应或" + hours(p.backboneLimits().restore())
                                + "未恢复，扣除运营商" + p.backboneMonths() + "个月总网费",
                        EnumSet.of(ExtranetRule.BACKBONE_FAILURE), false),
                new Indicator("运维巡检报告", "每季度定期对设备、电缆和网络传输速度进行巡检，提供巡检报告和详细运维维修记录，"
                        + "需包含巡检内容描述和相关图片佐证",
                        "报告应每半年次月" + p.reportDueDayOfMonth() + "日前提交",
                        "逾期未提交，扣除上月总网费" + percent(p.reportRatePerDayLate()) + "，每延迟1日扣"
                                + percent(p.reportRatePerDayLate()),
                        EnumSet.of(ExtranetRule.REPORT_LATE), false),
                new Indicator("不定期巡查", "巡查电子政务外网保障服务质量", "业主单位不定期对电子政务外网保障服务质量进行巡查",
                        ExtranetRule.AD_HOC_INSPECTION.standard(), EnumSet.of(ExtranetRule.AD_HOC_INSPECTION), false),
                new Indicator("网络安全", "电子政务外网设备违规接入互联网", "巡查发现外网设备存在违规接入互联网的外联行为",
                        "对责任单位扣除" + p.illegalConnectionMonths() + "个月（本年度）网络租赁费用",
                        EnumSet.of(ExtranetRule.ILLEGAL_CONNECTION), true));
    }

    private static String hours(Duration duration) {
        return duration.toMinutesPart() == 0 ? duration.toHours() + "小时" : duration.toMinutes() + "分钟";
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
