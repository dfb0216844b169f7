package org.perfportal.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.shared.StaleVersion;
import org.perfportal.tenant.TenantEntityManager;

/**
 * Stores assessment results (考核结果) of any kind and moves them through their lifecycle. Each
 * computation becomes the next revision of its kind and period; a result is looked up within its
 * kind, so an Ordos path never shows a Luohe result.
 */
@Stateless
public class AssessmentService {

    @Inject
    private TenantEntityManager tenantEm;

    /** Stores a computation as a new draft revision of {@code kind} for {@code periodLabel}. */
    public Assessment record(String kind, String periodLabel, long schemeId, BigDecimal total, List<TraceLine> lines) {
        int revision = tenantEm.get().createQuery("SELECT MAX(a.revision) FROM Assessment a"
                        + " WHERE a.kind = :kind AND a.periodLabel = :period", Integer.class)
                .setParameter("kind", kind)
                .setParameter("period", periodLabel)
                .getResultStream()
                .filter(max -> max != null)
                .findFirst()
                .orElse(0) + 1;
        Assessment assessment = new Assessment(kind, periodLabel, schemeId, revision, total, lines);
        tenantEm.get().persist(assessment);
        tenantEm.get().flush();
        return assessment;
    }

    /** The results of {@code kind}, of one period or (null) of all, by period and revision. */
    public List<Assessment> list(String kind, String periodLabel) {
        var query = tenantEm.get().createQuery("SELECT a FROM Assessment a WHERE a.kind = :kind"
                        + (periodLabel == null ? "" : " AND a.periodLabel = :period")
                        + " ORDER BY a.periodLabel, a.revision", Assessment.class)
                .setParameter("kind", kind);
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
        return list(kind, periodLabel).stream()
                .filter(a -> a.status().inForce())
                .reduce((earlier, later) -> later);
    }

    /** Moves the result to {@code target}; a transition its status does not allow is a 409 naming {@code status}. */
    public Assessment transition(String kind, long id, long expectedVersion, AssessmentStatus target) {
        Assessment assessment = editable(kind, id, expectedVersion);
        assessment.moveTo(target);
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
}
