package org.perfportal.assessment;

import java.time.OffsetDateTime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.shared.StaleVersion;
import org.perfportal.tenant.TenantEntityManager;

/**
 * Stores assessment results (考核结果) of any kind and moves them through their lifecycle. Each
 * computation becomes the next revision of its kind, subject and period; a result is looked up
 * within its kind, so an Ordos path never shows a Luohe result. Two computations of the same
 * period racing for the same revision number meet the database's unique key: the loser is a 409
 * naming {@code period}, never a 500, and stores nothing.
 */
@Stateless
public class AssessmentService {

    /** PostgreSQL's unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    private Clock clock;

    @Inject
    private TenantEntityManager tenantEm;

    /** Stores a computation as a new draft revision of {@code kind} for {@code periodLabel} (no subject). */
    public Assessment record(String kind, String periodLabel, long schemeId, BigDecimal total, List<TraceLine> lines) {
        return record(kind, null, periodLabel, schemeId, total, lines.stream().map(ScopedLine::whole).toList());
    }

    /** Stores a computation as a new draft revision of {@code kind} for {@code subjectId} and {@code periodLabel}. */
    public Assessment record(String kind, Long subjectId, String periodLabel, long schemeId, BigDecimal total,
                             List<ScopedLine> lines) {
        int revision = subjectQuery("SELECT MAX(a.revision) FROM Assessment a WHERE a.kind = :kind AND a.periodLabel = :period",
                "", Integer.class, kind, subjectId)
                .setParameter("period", periodLabel)
                .getResultStream()
                .filter(max -> max != null)
                .findFirst()
                .orElse(0) + 1;
        Assessment assessment = new Assessment(kind, subjectId, periodLabel, schemeId, revision, total, lines,
                OffsetDateTime.now(clock));
        try {
            tenantEm.get().persist(assessment);
            tenantEm.get().flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new ConflictException("period", "another computation of " + periodLabel
                        + " was stored at the same time as revision " + revision + "; reload and retry");
            }
            throw e;
        }
        return assessment;
    }

    /** The results of {@code kind} (no subject), of one period or (null) of all, by period and revision. */
    public List<Assessment> list(String kind, String periodLabel) {
        return list(kind, null, periodLabel);
    }

    /** The results of {@code kind} about {@code subjectId}, of one period or (null) of all, by period and revision. */
    public List<Assessment> list(String kind, Long subjectId, String periodLabel) {
        TypedQuery<Assessment> query = subjectQuery("SELECT a FROM Assessment a WHERE a.kind = :kind"
                        + (periodLabel == null ? "" : " AND a.periodLabel = :period"),
                " ORDER BY a.periodLabel, a.revision", Assessment.class, kind, subjectId);
        return (periodLabel == null ? query : query.setParameter("period", periodLabel)).getResultList();
    }

    public Assessment find(String kind, long id) {
        Assessment assessment = tenantEm.get().find(Assessment.class, id);
        if (assessment == null || !assessment.kind().equals(kind)) {
            throw new RecordNotFoundException("id", "no " + kind + " assessment " + id);
        }
        return assessment;
    }

    /**
     * The result in force for the period (生效结果): the latest revision that was approved, whether
     * or not a dispute is open against it (原考核结果不停止执行).
     */
    public Optional<Assessment> inForce(String kind, String periodLabel) {
        return inForce(kind, null, periodLabel);
    }

    /** The result in force about {@code subjectId} for the period (see {@link #inForce(String, String)}). */
    public Optional<Assessment> inForce(String kind, Long subjectId, String periodLabel) {
        return list(kind, subjectId, periodLabel).stream()
                .filter(a -> a.status().inForce())
                .reduce((earlier, later) -> later);
    }

    /** Moves the result to {@code target}; a transition its status does not allow is a 409 naming {@code status}. */
    public Assessment transition(String kind, long id, long expectedVersion, AssessmentStatus target) {
        Assessment assessment = editable(kind, id, expectedVersion);
        assessment.moveTo(target, OffsetDateTime.now(clock));
        tenantEm.get().flush();
        return assessment;
    }

    /**
     * The vendor's dispute (复核申请) of an approved result, with its reason (400 {@code reason} when
     * blank). The result stays in force while the dispute is open.
     */
    public Assessment dispute(String kind, long id, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "a dispute states its reason (复核理由)");
        }
        Assessment assessment = editable(kind, id, expectedVersion);
        assessment.dispute(reason.strip(), OffsetDateTime.now(clock));
        tenantEm.get().flush();
        return assessment;
    }

    /** Edits the explanation of a draft; any other status is a 409 naming {@code status}. */
    public Assessment reviseRemark(String kind, long id, long expectedVersion, String remark) {
        Assessment assessment = editable(kind, id, expectedVersion);
        assessment.reviseRemark(remark);
        tenantEm.get().flush();
        return assessment;
    }

    private Assessment editable(String kind, long id, long expectedVersion) {
        Assessment assessment = find(kind, id);
        StaleVersion.check("assessment", assessment.version(), expectedVersion);
        return assessment;
    }

    /** {@code where} restricted to the subject (or to results without one), then {@code orderBy}. */
    private <T> TypedQuery<T> subjectQuery(String where, String orderBy, Class<T> type, String kind, Long subjectId) {
        String jpql = where + (subjectId == null ? " AND a.subjectId IS NULL" : " AND a.subjectId = :subject") + orderBy;
        TypedQuery<T> query = tenantEm.get().createQuery(jpql, type).setParameter("kind", kind);
        return subjectId == null ? query : query.setParameter("subject", subjectId);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
