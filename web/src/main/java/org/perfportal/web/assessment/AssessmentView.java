package org.perfportal.web.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.perfportal.assessment.Assessment;
import org.perfportal.assessment.AssessmentStatus;

/**
 * An assessment result (考核结果) as the API returns it, with its lines. {@code inForce} tells
 * whether it is the period's binding result — the latest approved revision, disputed or not;
 * {@code settlement} what the total leaves of the half-year final payment (半年尾款);
 * {@code disputeReason} the vendor's stated reason once it disputed the result (复核理由).
 */
public record AssessmentView(long id, String kind, String period, long schemeId, int revision, AssessmentStatus status,
                             boolean inForce, BigDecimal total, String remark, String disputeReason, OffsetDateTime computedAt,
                             long version, List<TraceLineView> lines, SettlementView settlement) {

    public static AssessmentView of(Assessment a, boolean inForce, SettlementView settlement) {
        return new AssessmentView(a.id(), a.kind(), a.periodLabel(), a.schemeId(), a.revision(), a.status(), inForce,
                a.total(), a.remark(), a.disputeReason(), a.computedAt(), a.version(), a.lines().stream().map(TraceLineView::of).toList(),
                settlement);
    }
}
