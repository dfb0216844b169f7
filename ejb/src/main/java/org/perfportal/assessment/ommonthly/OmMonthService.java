package org.perfportal.assessment.ommonthly;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.perfportal.assessment.Assessment;
import org.perfportal.assessment.AssessmentService;
import org.perfportal.contract.ServiceContractService;
import org.perfportal.scheme.AppliedScheme;
import org.perfportal.scheme.Scheme;
import org.perfportal.scheme.SchemeService;
import org.perfportal.scheme.SchemeStatus;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.tenant.TenantEntityManager;

/**
 * The Luohe monthly assessment (月度考核) of one O&amp;M contract: the published {@code om-monthly}
 * scheme in force on the contract month's first day, the month as {@link OmRecordSource} reads it,
 * the pure {@link OmMonthAssessment} — stored as a new draft revision of the contract's month,
 * naming the scheme version, with its traced lines (each unit's scoped {@code unit:<id>}) and its
 * {@link OmMonthSummary}. The lifecycle is the one of {@code AssessmentWorkflow}, for every kind
 * ({@link OmMonthlyKind} plugs this one in). A what-if (方案试算) applies a draft scheme to a past month and stores nothing.
 */
@Stateless
public class OmMonthService {

    /** The assessment kind: the scheme kind it applies. */
    public static final String KIND = OmSchemeCodec.KIND;

    @Inject
    private Clock clock;

    @Inject
    private SchemeService schemes;

    @Inject
    private OmSchemeCodec codec;

    @Inject
    private OmRecordSource records;

    @Inject
    private AssessmentService assessments;

    @Inject
    private ServiceContractService contracts;

    @Inject
    private TenantEntityManager tenantEm;

    /** Computes the contract month {@code month} (e.g. {@code 2026-10}) as a new draft revision. */
    public OmMonth compute(long contractId, String month) {
        contracts.get(contractId);
        AssessmentMonth assessmentMonth = records.assessmentMonth(contractId, month);
        if (!assessmentMonth.hasBegun(clock)) {
            throw new InvalidFieldException("month", "contract month " + assessmentMonth.label() + " has not begun");
        }
        AppliedScheme<OmSchemeParameters> scheme = schemes.inForce(codec, firstDay(assessmentMonth));
        OmMonthResult result = assess(scheme.parameters(), contractId, assessmentMonth.label());
        Assessment assessment = assessments.record(KIND, contractId, result.month().label().toString(), scheme.schemeId(),
                result.publishedScore(), OmMonthLines.of(result));
        OmMonthSummary summary = new OmMonthSummary(assessment, contractId, result);
        tenantEm.get().persist(summary);
        tenantEm.get().flush();
        return new OmMonth(assessment, summary, false);
    }

    /**
     * The results in force of the contract's months labelled in {@code year}, in month order, for a
     * year of month sheets (年度汇编); a month without an approved result is left out.
     */
    public List<OmMonth> inForceInYear(long contractId, int year) {
        contracts.get(contractId);
        return IntStream.rangeClosed(1, 12)
                .mapToObj(month -> assessments.inForce(KIND, contractId, YearMonth.of(year, month).toString()))
                .flatMap(Optional::stream)
                .map(a -> new OmMonth(a, summaryOf(a), true))
                .toList();
    }

    /**
     * Tries the draft scheme {@code schemeId} on the past month {@code month}: its result, line by line,
     * against the result in force, or, when none is, against a fresh computation under the published
     * scheme. The draft must be a {@code om-monthly} draft (else 400, or 409 when it is published);
     * the month must be over (400 {@code month}). Nothing is stored.
     */
    public OmWhatIfResult whatIf(long contractId, String month, long schemeId) {
        contracts.get(contractId);
        Scheme draft;
        try {
            draft = schemes.find(schemeId);
        } catch (RecordNotFoundException e) {
            throw new InvalidFieldException("schemeId", "no scheme " + schemeId + " in this tenant");
        }
        if (!draft.kind().equals(KIND)) {
            throw new InvalidFieldException("schemeId", "scheme " + schemeId + " is a " + draft.kind() + " scheme, not " + KIND);
        }
        if (draft.status() != SchemeStatus.DRAFT) {
            throw new ConflictException("schemeId", "scheme " + draft.versionLabel() + " is " + draft.status()
                    + "; a what-if tries a draft (a published scheme is already what results use)");
        }
        AssessmentMonth published = records.assessmentMonth(contractId, month);
        if (!published.isOver(clock)) {
            throw new InvalidFieldException("month", "a what-if is tried on a past month; " + published.label() + " is not over");
        }
        String label = published.label().toString();
        AppliedScheme<OmSchemeParameters> tried = schemes.applied(codec, draft.id());
        OmMonthResult after = assess(tried.parameters(), contractId, published.label());
        OmWhatIf.Figures afterFigures = figures(after);

        Optional<Assessment> inForce = assessments.inForce(KIND, contractId, label);
        if (inForce.isPresent()) {
            Assessment current = inForce.get();
            OmMonthSummary summary = summaryOf(current);
            return new OmWhatIfResult(label, draft.id(), draft.versionLabel(),
                    "the result in force: revision " + current.revision() + " (" + current.status() + ")",
                    current.id(), current.schemeId(), OmWhatIf.compare(current.scopedLines(),
                            new OmWhatIf.Figures(summary.vendorScore(), summary.grade(), summary.moneyDeducted()),
                            OmMonthLines.of(after), afterFigures));
        }
        AppliedScheme<OmSchemeParameters> scheme = schemes.inForce(codec, firstDay(published));
        OmMonthResult before = assess(scheme.parameters(), contractId, published.label());
        return new OmWhatIfResult(label, draft.id(), draft.versionLabel(),
                "no result in force: a fresh computation under the published scheme " + scheme.versionLabel(),
                null, scheme.schemeId(), OmWhatIf.compare(OmMonthLines.of(before), figures(before),
                        OmMonthLines.of(after), afterFigures));
    }

    /** The month under {@code parameters}; records the rules cannot read under them are a 409 naming {@code records}. */
    private OmMonthResult assess(OmSchemeParameters parameters, long contractId, YearMonth label) {
        OmMonthRecords month = records.monthRecords(contractId, parameters.assessmentMonth(label));
        try {
            return new OmMonthAssessment(parameters).assess(month);
        } catch (IllegalArgumentException e) {
            throw new ConflictException("records", e.getMessage());
        }
    }

    private static OmWhatIf.Figures figures(OmMonthResult result) {
        return new OmWhatIf.Figures(result.publishedScore(), result.band().grade(), result.moneyDeducted());
    }

    private static LocalDate firstDay(AssessmentMonth month) {
        return LocalDate.ofInstant(month.start(), month.zone());
    }

    /** The figures stored with a monthly O&amp;M result. */
    public OmMonthSummary summaryOf(Assessment assessment) {
        return tenantEm.get().createQuery("SELECT s FROM OmMonthSummary s WHERE s.assessment = :assessment",
                        OmMonthSummary.class)
                .setParameter("assessment", assessment)
                .getSingleResult();
    }
}
