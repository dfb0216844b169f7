package org.perfportal.web.ommonthly;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.perfportal.assessment.Measure;
import org.perfportal.assessment.ommonthly.OmWhatIf;
import org.perfportal.assessment.ommonthly.OmWhatIfResult;

/**
 * A what-if answer (方案试算结果): the draft tried, the baseline, score/grade/money before and after
 * with their differences, and every line with before, after and difference ({@code before} or
 * {@code after} null when the line exists on one side only). Nothing of it is stored.
 */
public record WhatIfView(String month, long draftSchemeId, String draftLabel, String baseline, Long baselineAssessmentId,
                         long baselineSchemeId, FiguresView before, FiguresView after, BigDecimal scoreDifference,
                         BigDecimal moneyDifference, long changedLines, List<LineChangeView> lines) {

    /** Score, grade and money of one side. */
    public record FiguresView(BigDecimal score, String grade, String gradeLabel, BigDecimal moneyDeducted) {

        static FiguresView of(OmWhatIf.Figures f) {
            return new FiguresView(f.score(), f.grade().name(), f.grade().chinese(), f.moneyDeducted());
        }
    }

    /** One line compared. */
    public record LineChangeView(String unitId, String unitName, String ruleCode, String clause, Measure measure,
                                 String description, BigDecimal before, BigDecimal after, BigDecimal difference) {
    }

    static WhatIfView of(OmWhatIfResult r, Map<String, String> unitNames) {
        OmWhatIf.Comparison c = r.comparison();
        return new WhatIfView(r.month(), r.draftSchemeId(), r.draftLabel(), r.baseline(), r.baselineAssessmentId(),
                r.baselineSchemeId(), FiguresView.of(c.before()), FiguresView.of(c.after()),
                c.scoreDifference(), c.moneyDifference(), c.changedLines(),
                c.lines().stream().map(l -> new LineChangeView(l.unitId(), l.unitId() == null ? null : unitNames.get(l.unitId()),
                        l.ruleCode(), l.clause(), l.measure(), l.description(), l.before(), l.after(), l.difference()))
                        .toList());
    }
}
