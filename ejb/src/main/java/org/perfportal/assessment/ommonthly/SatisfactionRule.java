package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;

/**
 * Satisfaction score (使用单位满意度评价, 30 points): each item of the unit's form earns its
 * points times the factor of its rating; a form not submitted by month end counts as fully
 * satisfied (逾期未报送，视为满意). The accident answer earns nothing by itself (the source
 * gives it no points) but is traced so the sheet shows it.
 */
public final class SatisfactionRule {

    static final String CLAUSE = "附件4.2 使用单位满意度评价 / 附件4.1";

    private final OmSchemeParameters parameters;

    public SatisfactionRule(OmSchemeParameters parameters) {
        this.parameters = parameters;
    }

    public TracedValue score(Optional<SatisfactionForm> form) {
        if (form.isEmpty()) {
            return TracedValue.sumOf(List.of(TraceLine.of("SAT-NOT-SUBMITTED", CLAUSE,
                    "月末未报送满意度评价表：逾期未报送，视为满意",
                    Measure.POINTS, parameters.satisfactionPoints(), List.of())));
        }
        SatisfactionForm submitted = form.get();
        if (submitted.ratings().size() != parameters.satisfactionItemCount()) {
            throw new IllegalArgumentException("form " + submitted.id() + " has " + submitted.ratings().size()
                    + " ratings, the scheme has " + parameters.satisfactionItemCount() + " items");
        }
        List<TraceLine> lines = new ArrayList<>();
        for (int i = 0; i < submitted.ratings().size(); i++) {
            SatisfactionLevel rating = submitted.ratings().get(i);
            BigDecimal points = parameters.satisfactionItemPoints().multiply(parameters.satisfactionFactors().get(rating));
            lines.add(TraceLine.of("SAT-ITEM", CLAUSE, "第 " + (i + 1) + " 项评价：" + rating.chinese(),
                    Measure.POINTS, points, List.of(submitted.id())));
        }
        if (submitted.accidentOccurred()) {
            lines.add(TraceLine.of("SAT-ACCIDENT", CLAUSE, "使用单位报告发生运维事故",
                    Measure.POINTS, BigDecimal.ZERO, List.of(submitted.id())));
        }
        return TracedValue.sumOf(lines);
    }
}
