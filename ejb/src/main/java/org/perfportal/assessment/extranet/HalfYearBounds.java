package org.perfportal.assessment.extranet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import org.perfportal.assessment.PeriodBounds;
import org.perfportal.scheme.SchemeService;

/**
 * The periods of the extranet half-year assessment: {@link HalfYear}s of local dates in the zone of
 * the scheme version the result used, so 2026-06-30T16:00Z (= 07-01 00:00 +08) is in 2026-H2.
 */
@ApplicationScoped
public class HalfYearBounds implements PeriodBounds {

    @Inject
    private SchemeService schemes;

    @Inject
    private ExtranetSchemeCodec codec;

    @Override
    public String kind() {
        return ExtranetSchemeCodec.KIND;
    }

    @Override
    public boolean contains(String periodLabel, long schemeId, Instant at) {
        return contains(schemes.applied(codec, schemeId).parameters().zone(), periodLabel, at);
    }

    /** Whether {@code at} falls in the half-year {@code periodLabel}, read in {@code zone}. */
    static boolean contains(ZoneId zone, String periodLabel, Instant at) {
        return HalfYear.containing(at, zone).equals(HalfYear.parse(periodLabel));
    }
}
