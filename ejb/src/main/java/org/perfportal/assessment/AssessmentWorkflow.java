package org.perfportal.assessment;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.perfportal.document.PreparedDocument;
import org.perfportal.identity.VerifiedCaller;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.tenant.TenantRegistry;

/**
 * The one workflow of assessment results (考核流程), for every {@link AssessmentKind}: compute,
 * list, read, submit, approve, dispute, finalize and print. A result is always looked up within
 * its kind and its subject (the contract of a kind assessed per contract; none for a kind assessing
 * the whole tenant), so one path never shows another kind's or another contract's result, and what
 * a caller may see is decided here, by {@link ResultVisibility}: a result hidden from the caller is
 * 404 {@code id} and absent from lists. Which role may take which step is the resource's
 * {@code @AllowedRoles}; whether the step is allowed from the result's status is
 * {@link AssessmentStatus}'s. The kinds are found through CDI by their id.
 */
@Stateless
public class AssessmentWorkflow {

    @Inject
    @Any
    private Instance<AssessmentKind> kinds;

    @Inject
    private Clock clock;

    @Inject
    private AssessmentService assessments;

    @Inject
    private TenantRegistry registry;

    /** The kind {@code id}; an unknown one is a programming error (the paths name the kinds). */
    public AssessmentKind kind(String id) {
        return kinds.stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no assessment kind " + id));
    }

    /** Computes a period of the subject as a new draft revision. */
    public AssessmentResult compute(String kindId, Long subjectId, String period) {
        AssessmentKind kind = kind(kindId);
        kind.requireSubject(subjectId);
        return result(kind, kind.compute(subjectId, period));
    }

    /** The subject's results the caller may see, of one period or (null) of all, by period and revision. */
    public List<AssessmentResult> list(String kindId, Long subjectId, String period, VerifiedCaller caller) {
        AssessmentKind kind = kind(kindId);
        kind.requireSubject(subjectId);
        return assessments.list(kindId, subjectId, period == null ? null : period.strip()).stream()
                .filter(a -> ResultVisibility.sees(caller, a.status()))
                .map(a -> result(kind, a))
                .toList();
    }

    /** One result of the subject; another subject's, another kind's or one hidden from the caller is 404 {@code id}. */
    public AssessmentResult find(String kindId, Long subjectId, long id, VerifiedCaller caller) {
        AssessmentKind kind = kind(kindId);
        return result(kind, visible(kind, subjectId, id, caller));
    }

    /** The period's result in force (生效结果): the latest approved revision, disputed or not; published, so anyone's. */
    public Optional<AssessmentResult> inForce(String kindId, Long subjectId, String period) {
        AssessmentKind kind = kind(kindId);
        kind.requireSubject(subjectId);
        return assessments.inForce(kindId, subjectId, period.strip()).map(a -> new AssessmentResult(a, true, kind.figures(a)));
    }

    /** Moves the result to {@code target} (submit, approve, finalize); a step its status does not allow is 409 {@code status}. */
    public AssessmentResult transition(String kindId, Long subjectId, long id, long expectedVersion,
                                       AssessmentStatus target, VerifiedCaller caller) {
        AssessmentKind kind = kind(kindId);
        visible(kind, subjectId, id, caller);
        return result(kind, assessments.transition(kindId, id, expectedVersion, target));
    }

    /** The vendor's dispute (复核申请) of a published result, with its reason; the result stays in force. */
    public AssessmentResult dispute(String kindId, Long subjectId, long id, long expectedVersion, String reason,
                                    VerifiedCaller caller) {
        AssessmentKind kind = kind(kindId);
        visible(kind, subjectId, id, caller);
        return result(kind, assessments.dispute(kindId, id, expectedVersion, reason));
    }

    /** Edits the assessment group's explanation of a draft; any other status is 409 {@code status}. */
    public AssessmentResult reviseRemark(String kindId, Long subjectId, long id, long expectedVersion, String remark,
                                         VerifiedCaller caller) {
        AssessmentKind kind = kind(kindId);
        visible(kind, subjectId, id, caller);
        return result(kind, assessments.reviseRemark(kindId, id, expectedVersion, remark));
    }

    /** The result as its kind's document, its data loaded now; a result not yet approved prints as 草稿. */
    public PreparedDocument document(String kindId, Long subjectId, long id, VerifiedCaller caller) {
        AssessmentKind kind = kind(kindId);
        return kind.document(visible(kind, subjectId, id, caller), registry.currentDisplayName(), clock.instant());
    }

    private Assessment visible(AssessmentKind kind, Long subjectId, long id, VerifiedCaller caller) {
        kind.requireSubject(subjectId);
        Assessment assessment = assessments.find(kind.id(), id);
        if (!Objects.equals(assessment.subjectId(), subjectId) || !ResultVisibility.sees(caller, assessment.status())) {
            throw new RecordNotFoundException("id", "no " + kind.id() + " assessment " + id
                    + (subjectId == null ? "" : " of contract " + subjectId));
        }
        return assessment;
    }

    private AssessmentResult result(AssessmentKind kind, Assessment assessment) {
        boolean inForce = assessments.inForce(kind.id(), assessment.subjectId(), assessment.periodLabel())
                .map(current -> current.id().equals(assessment.id()))
                .orElse(false);
        return new AssessmentResult(assessment, inForce, kind.figures(assessment));
    }
}
