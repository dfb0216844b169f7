package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.perfportal.assessment.Assessment;
import org.perfportal.assessment.ScopedLine;
import org.perfportal.assessment.TraceLine;
import org.perfportal.contract.ServiceContract;
import org.perfportal.payment.ChineseAmount;
import org.perfportal.reports.DocumentHeader;
import org.perfportal.reports.monthly.MonthVerdict;
import org.perfportal.reports.monthly.MonthlySheetData;
import org.perfportal.reports.monthly.PartScore;
import org.perfportal.reports.monthly.TracedLine;
import org.perfportal.reports.monthly.UnitSheet;
import org.perfportal.scheme.AppliedScheme;

/**
 * A stored monthly O&amp;M result (月度考核结果) laid out as the 运维月度考核表: 附件4.2 filled in per
 * using unit — its four parts (满意度评价, 日常工作, 异常处置, 运维资料) with the weights of the scheme
 * version the result names and the unit's traced lines under each — then the vendor's mean,
 * deduction items, score, grade and money. Translation only: the parts, scores and money are the
 * stored summary's, the explanations the stored lines (sorted to a part by their rule code's family).
 *
 * <p>A result not yet approved (draft or submitted) prints as 草稿, as the Ordos table does.
 */
final class MonthSheetPrint {

    /** What the sheet prints: its heading and the unit sheets, in the order of the stored summary. */
    record Sheet(MonthlySheetData heading, List<UnitSheet> units) {
    }

    private MonthSheetPrint() {
    }

    static Sheet of(String tenantName, OmMonth month, AppliedScheme<OmSchemeParameters> scheme,
                    ServiceContract contract, Map<String, String> unitNames, Instant now) {
        Assessment a = month.assessment();
        OmMonthSummary s = month.summary();
        OmSchemeParameters p = scheme.parameters();
        String label = p.assessmentMonth(YearMonth.parse(a.periodLabel())).chineseLabel();
        DocumentHeader header = new DocumentHeader(tenantName, label, scheme.versionLabel() + " · 第" + a.revision() + "次计算",
                now, !a.status().inForce());
        List<ScopedLine> lines = a.scopedLines();
        BigDecimal mean = vendorLines(lines, code -> code.equals("VENDOR-MEAN")).stream().findFirst()
                .map(TracedLine::amount).orElse(a.total());
        MonthVerdict verdict = new MonthVerdict(label, mean,
                vendorLines(lines, code -> code.startsWith("VENDOR-DEDUCTION-")), a.total(), s.grade().chinese(),
                s.feeDeductionRate(), s.monthlyFee(), s.gradeDeduction(),
                vendorLines(lines, code -> code.startsWith("MONEY-PENALTY-")), s.moneyDeducted(),
                ChineseAmount.format(s.moneyDeducted()), s.rectificationRequired() ? "须提交问题分析报告及整改报告" : "");
        List<UnitSheet> units = s.units().stream().map(u -> new UnitSheet(verdict,
                unitNames.getOrDefault(u.unitId(), "单位 " + u.unitId()), u.total(), parts(u, lines, p))).toList();
        return new Sheet(new MonthlySheetData(header, contract.vendor().name(), contract.name()), units);
    }

    /**
     * A year of results in force as one document (年度汇编): each month's unit sheets in month order
     * (every sheet names its month), under one header naming the year, how many months it holds and
     * the scheme versions they were computed with. Results in force are approved, so it is no draft.
     */
    static Sheet year(String tenantName, int year, List<Sheet> months, List<String> schemeVersions, Instant now) {
        MonthlySheetData first = months.get(0).heading();
        DocumentHeader header = new DocumentHeader(tenantName, year + "年（" + months.size() + " 个月的生效考核结果）",
                String.join("、", schemeVersions), now, false);
        return new Sheet(new MonthlySheetData(header, first.vendorName(), first.contractName()),
                months.stream().flatMap(month -> month.units().stream()).toList());
    }

    private static List<PartScore> parts(OmUnitScore unit, List<ScopedLine> lines, OmSchemeParameters p) {
        return List.of(
                new PartScore("满意度评价", "满意度评价", p.satisfactionPoints(), unit.satisfaction(),
                        unitLines(lines, unit, "SAT-")),
                new PartScore("日常工作", "上门回访、日常巡检、数据备份、漏洞扫描", p.routinePoints(), unit.routineWork(),
                        unitLines(lines, unit, "ROUTINE-")),
                new PartScore("异常处置", "异常处置时效", p.anomalyPoints(), unit.anomalyHandling(),
                        unitLines(lines, unit, "ANOMALY-")),
                new PartScore("运维资料", "运维资料归档", p.documentsPoints(), unit.documents(),
                        unitLines(lines, unit, "DOCUMENTS")));
    }

    private static List<TracedLine> unitLines(List<ScopedLine> lines, OmUnitScore unit, String family) {
        return lines.stream()
                .filter(l -> unit.unitId().equals(OmMonthLines.unitOf(l.scope())) && l.line().ruleCode().startsWith(family))
                .map(l -> traced(l.line())).toList();
    }

    private static List<TracedLine> vendorLines(List<ScopedLine> lines, Predicate<String> code) {
        return lines.stream().filter(l -> OmMonthLines.unitOf(l.scope()) == null && code.test(l.line().ruleCode()))
                .map(l -> traced(l.line())).toList();
    }

    /** A stored line as printed; an exempted one says why it costs nothing (不可抗力减免). */
    private static TracedLine traced(TraceLine line) {
        String description = line.exempted()
                ? line.description() + "（不可抗力减免：" + line.exemptionReason() + "）" : line.description();
        return new TracedLine(line.ruleCode(), line.clause(), description, line.amount(), String.join("、", line.recordIds()));
    }
}
