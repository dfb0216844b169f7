package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;

/**
 * Grade band (考评定级): the band a published score falls in. Bands are compared on the
 * rounded score, so 90.00 is excellent (90 分以上（含 90）) and 89.99 is good.
 */
public final class GradeRule {

    private final OmSchemeParameters parameters;

    public GradeRule(OmSchemeParameters parameters) {
        this.parameters = parameters;
    }

    public GradeBand bandFor(BigDecimal publishedScore) {
        return parameters.gradeBands().stream().filter(band -> publishedScore.compareTo(band.minScore()) >= 0)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("negative score " + publishedScore));
    }
}
