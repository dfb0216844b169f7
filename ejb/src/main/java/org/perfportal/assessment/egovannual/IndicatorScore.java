package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * One indicator's scores (指标得分): the unit's self-score (自评分, entered before year end with
 * its self-check report) and the assessment group's reviewed score (考核小组核定分), with the
 * reason (required wherever the two differ, checked by {@link AnnualScoreRule}) and the review
 * sources used. Only the reviewed score counts; the self-score is kept so the difference is
 * visible and must be explained.
 *
 * @param code          the indicator's code
 * @param selfScore     the unit's self-score, 0..weight; null when the unit never self-scored it
 *                      (issue 17: the group still reviews and ranks a unit that did not self-assess)
 * @param reviewedScore the group's reviewed score, 0..weight
 * @param reason        why the reviewed score differs, {@code null} or blank when it does not
 * @param sources       what the review used; may be empty
 */
public record IndicatorScore(String code, BigDecimal selfScore, BigDecimal reviewedScore, String reason,
                             Set<ReviewSource> sources) {

    public IndicatorScore {
        Objects.requireNonNull(code, "code");
        sources = Set.copyOf(sources);
    }

    /** A score the group confirmed as self-assessed. */
    public static IndicatorScore confirmed(String code, BigDecimal score, Set<ReviewSource> sources) {
        return new IndicatorScore(code, score, score, null, sources);
    }
}
