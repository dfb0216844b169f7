package org.perfportal.assessment.extranet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.perfportal.assessment.Assessment;
import org.perfportal.assessment.AssessmentService;
import org.perfportal.calendar.BusinessCalendarService;
import org.perfportal.scheme.AppliedScheme;
import org.perfportal.scheme.SchemeService;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;

/**
 * Computes an Otog Banner half-year assessment (半年考核): the published {@code extranet-half-year}
 * scheme in force on the first day of the half-year, the tenant's record book as the covering
 * operator contract's sheet reads it, the pure
 * {@link ExtranetHalfYearAssessment} as of now — stored as a new draft revision that names the
 * scheme version used. Approving, disputing and finalizing are the generic lifecycle of
 * {@link AssessmentService}.
 */
@Stateless
public class ExtranetHalfYearService {

    /** The operator's stored calendar: due dates and deadlines count working days on it. */
    @Inject
    private BusinessCalendarService calendars;

    @Inject
    private Clock clock;

    @Inject
    private SchemeService schemes;

    @Inject
    private ExtranetSchemeCodec codec;

    @Inject
    private ExtranetRecordSource records;

    @Inject
    private AssessmentService assessments;

    public Assessment compute(String periodLabel) {
        HalfYear period;
        try {
            period = HalfYear.parse(periodLabel);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("period", e.getMessage());
        }
        AppliedScheme<ExtranetSchemeParameters> scheme = schemes.inForce(codec, period.firstDay());
        ExtranetAssessmentResult result;
        try {
            // The sheet is the covering contract's: its lines, in service in the months the fee bases name.
            Instant now = clock.instant();
            CoveringContract contract = records.covering(period, now.atOffset(ZoneOffset.UTC)).orElse(null);
            result = new ExtranetHalfYearAssessment(scheme.parameters(), calendars.calendar())
                    .assess(period, records.records(), contract, now);
        } catch (IllegalArgumentException e) {
            // The book holds something the rules cannot read (an illegal connection of a unit without a line…).
            throw new ConflictException("records", e.getMessage());
        }
        return assessments.record(ExtranetSchemeCodec.KIND, period.toString(), scheme.schemeId(), result.total(), result.lines());
    }
}
