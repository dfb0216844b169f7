package org.perfportal.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.perfportal.tenant.TenantEntityManager;

/**
 * The record books' {@link ClosedPeriods}, answered from the stored results: a period is closed
 * once one of its results is {@link AssessmentStatus#FINAL final}. A time is placed in a period by
 * the {@link PeriodBounds} of its kind, with the scheme version each final result names. Only the
 * final results' period labels and scheme ids are read, never their trace lines, since the books
 * ask on every entry.
 */
@ApplicationScoped
public class FinalResults implements ClosedPeriods {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    @Any
    private Instance<PeriodBounds> bounds;

    @Override
    public boolean isFinal(String kind, Long subjectId, String periodLabel) {
        return !finals(kind, subjectId, " AND a.periodLabel = :period", Long.class, "a.id")
                .setParameter("period", periodLabel)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Optional<String> finalPeriodAt(String kind, Long subjectId, Instant at) {
        Optional<PeriodBounds> kindBounds = bounds.stream().filter(b -> b.kind().equals(kind)).findFirst();
        if (kindBounds.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> periods = finals(kind, subjectId, "", Object[].class, "a.periodLabel, a.schemeId").getResultList();
        return covering(periods, kindBounds.get(), at);
    }

    /** The first of the final periods ({@code [label, schemeId]}) that contains {@code at}. */
    static Optional<String> covering(List<Object[]> periods, PeriodBounds bounds, Instant at) {
        return periods.stream()
                .filter(period -> bounds.contains((String) period[0], ((Number) period[1]).longValue(), at))
                .map(period -> (String) period[0])
                .findFirst();
    }

    private <T> TypedQuery<T> finals(String kind, Long subjectId, String where, Class<T> type, String select) {
        String jpql = "SELECT DISTINCT " + select + " FROM Assessment a WHERE a.kind = :kind AND a.status = :final"
                + (subjectId == null ? " AND a.subjectId IS NULL" : " AND a.subjectId = :subject") + where;
        TypedQuery<T> query = tenantEm.get().createQuery(jpql, type)
                .setParameter("kind", kind)
                .setParameter("final", AssessmentStatus.FINAL);
        return subjectId == null ? query : query.setParameter("subject", subjectId);
    }
}
