package org.perfportal.web.ommonthly;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.perfportal.assessment.Assessment;
import org.perfportal.assessment.AssessmentResult;
import org.perfportal.assessment.AssessmentStatus;
import org.perfportal.assessment.Measure;
import org.perfportal.assessment.ommonthly.OmMonthLines;
import org.perfportal.assessment.ommonthly.OmMonthSummary;
import org.perfportal.payment.Amount;

/**
 * A monthly O&amp;M result (月度考核结果) as the API returns it: lifecycle, the scheme version used, the
 * vendor's published score, grade and money (with Chinese capitals), each unit's parts, and every
 * traced line with the unit it belongs to ({@code unitId} null for vendor-level lines).
 */
public record OmMonthView(long id, long contractId, String month, long schemeId, int revision, AssessmentStatus status,
                             boolean inForce, BigDecimal score, String grade, String gradeLabel, BigDecimal feeDeductionRate,
                             boolean rectificationReportRequired, Amount monthlyFee, Amount gradeDeduction, Amount penalties,
                             Amount capAdjustment, Amount moneyDeducted, String remark, String disputeReason,
                             OffsetDateTime computedAt, OffsetDateTime approvedAt, long version, List<UnitView> units,
                             List<LineView> lines) {

    /** A using unit's score in the month (使用单位得分), unrounded parts. */
    public record UnitView(String unitId, String unitName, BigDecimal satisfaction, BigDecimal routineWork,
                           BigDecimal anomalyHandling, BigDecimal documents, BigDecimal total) {
    }

    /** One traced line (考核明细). */
    public record LineView(String unitId, String ruleCode, String clause, String description, Measure measure,
                           BigDecimal amount, List<String> recordIds, boolean exempted, String exemptionReason) {
    }

    static OmMonthView of(AssessmentResult month, Map<String, String> unitNames) {
        Assessment a = month.assessment();
        OmMonthSummary s = month.figures(OmMonthSummary.class);
        return new OmMonthView(a.id(), a.subjectId(), a.periodLabel(), a.schemeId(), a.revision(), a.status(),
                month.inForce(), a.total(), s.grade().name(), s.grade().chinese(), s.feeDeductionRate(),
                s.rectificationRequired(), Amount.of(s.monthlyFee()), Amount.of(s.gradeDeduction()), Amount.of(s.penalties()),
                // the cap's correction is ≤ 0; shown as the positive yuan it took back, which capitals can print
                Amount.of(s.capAdjustment().negate()), Amount.of(s.moneyDeducted()), a.remark(), a.disputeReason(),
                a.computedAt(), a.approvedAt(), a.version(),
                s.units().stream().map(u -> new UnitView(u.unitId(), unitNames.get(u.unitId()), u.satisfaction(),
                        u.routineWork(), u.anomalyHandling(), u.documents(), u.total())).toList(),
                a.scopedLines().stream().map(l -> new LineView(OmMonthLines.unitOf(l.scope()), l.line().ruleCode(),
                        l.line().clause(), l.line().description(), l.line().measure(), l.line().amount(),
                        l.line().recordIds(), l.line().exempted(), l.line().exemptionReason())).toList());
    }
}
