package org.perfportal.assessment.ommonthly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import org.perfportal.assessment.PeriodBounds;
import org.perfportal.scheme.SchemeService;

/**
 * The periods of the monthly O&M assessment: contract months (考核月), each from its start day
 * (the 10th) 00:00 in the scheme's zone to the same instant a month later, as
 * {@link AssessmentMonth} draws them with the figures of the scheme version the result used.
 */
@ApplicationScoped
public class OmMonthBounds implements PeriodBounds {

    @Inject
    private SchemeService schemes;

    @Inject
    private OmSchemeCodec codec;

    @Override
    public String kind() {
        return OmSchemeCodec.KIND;
    }

    @Override
    public boolean contains(String periodLabel, long schemeId, Instant at) {
        return contains(schemes.applied(codec, schemeId).parameters(), periodLabel, at);
    }

    /** Whether {@code at} falls in the contract month {@code periodLabel} under {@code scheme}. */
    static boolean contains(OmSchemeParameters scheme, String periodLabel, Instant at) {
        return scheme.assessmentMonth(YearMonth.parse(periodLabel)).contains(at);
    }
}
