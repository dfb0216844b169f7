package org.perfportal.fiscal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.reports.fiscal.FiscalTableData;
import org.perfportal.tenant.TenantContext;
import org.perfportal.tenant.TenantEntityManager;
import org.perfportal.tenant.TenantRegistry;

/**
 * Use cases of the fiscal project performance self-evaluation (财政项目绩效自评) of the current
 * tenant: register a project, draft its form (填报), revise the draft, submit it (提交, by the
 * implementing unit), review it (审核, by the competent department) and correct a filed form as
 * a new version (更正). Every draft is run through {@link SelfEvaluationCalculator} on save, so a
 * stored form always computes; a rule broken raises an exception that rolls everything back.
 */
@Stateless
public class SelfEvaluationService {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TenantRegistry registry;

    @Inject
    private TenantContext tenant;

    public List<FiscalProject> projects() {
        return tenantEm.get().createQuery("SELECT p FROM FiscalProject p ORDER BY p.year DESC, p.name",
                FiscalProject.class).getResultList();
    }

    public FiscalProject project(long id) {
        FiscalProject project = tenantEm.get().find(FiscalProject.class, id);
        if (project == null) {
            throw new RecordNotFoundException("id", "no fiscal project " + id);
        }
        return project;
    }

    public FiscalProject registerProject(String name, int year, String competentDepartment, String implementingUnit) {
        EntityManager em = tenantEm.get();
        boolean taken = !em.createQuery("SELECT p.id FROM FiscalProject p WHERE p.name = :name AND p.year = :year",
                Long.class).setParameter("name", name).setParameter("year", year).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("name", "'" + name + "' is already registered for " + year);
        }
        FiscalProject project = new FiscalProject(name, year, competentDepartment, implementingUnit);
        em.persist(project);
        em.flush();
        return project;
    }

    /** The versions of a project's self-evaluation, oldest first. */
    public List<SelfEvaluation> evaluationsOf(long projectId) {
        return tenantEm.get().createQuery(
                "SELECT e FROM SelfEvaluation e WHERE e.project.id = :project ORDER BY e.formVersion", SelfEvaluation.class)
                .setParameter("project", project(projectId).id()).getResultList();
    }

    public SelfEvaluation evaluation(long id) {
        SelfEvaluation evaluation = tenantEm.get().find(SelfEvaluation.class, id);
        if (evaluation == null) {
            throw new RecordNotFoundException("id", "no self-evaluation " + id);
        }
        return evaluation;
    }

    /** Version 1 of a project's form; later versions come only from {@link #correct}. */
    public SelfEvaluation draft(long projectId, SelfEvaluationContent content) {
        FiscalProject project = project(projectId);
        if (!evaluationsOf(projectId).isEmpty()) {
            throw new ConflictException("formVersion", "project " + projectId
                    + " already has a self-evaluation; correct the latest version instead");
        }
        content.evaluate(project);
        return store(new SelfEvaluation(project, 1, content));
    }

    public SelfEvaluation revise(long id, long expectedVersion, SelfEvaluationContent content) {
        SelfEvaluation evaluation = evaluation(id);
        if (evaluation.version() != expectedVersion) {
            throw new ConflictException("version", "the form was changed by someone else (version "
                    + evaluation.version() + ", you edited " + expectedVersion + "); reload and retry");
        }
        // Status first: a filed form answers 409 whatever the new content; a bad content rolls the edit back.
        evaluation.revise(content);
        content.evaluate(evaluation.project());
        tenantEm.get().flush();
        return evaluation;
    }

    public SelfEvaluation submit(long id) {
        SelfEvaluation evaluation = evaluation(id);
        evaluation.submit(evaluation.content().evaluate(evaluation.project()));
        tenantEm.get().flush();
        return evaluation;
    }

    public SelfEvaluation review(long id) {
        SelfEvaluation evaluation = evaluation(id);
        evaluation.review();
        tenantEm.get().flush();
        return evaluation;
    }

    /** Version n+1, a draft copy of the latest filed version n. */
    public SelfEvaluation correct(long id) {
        SelfEvaluation evaluation = evaluation(id);
        List<SelfEvaluation> versions = evaluationsOf(evaluation.project().id());
        int latest = versions.get(versions.size() - 1).formVersion();
        if (evaluation.formVersion() != latest) {
            throw new ConflictException("formVersion", "version " + latest + " supersedes version "
                    + evaluation.formVersion() + "; correct that one");
        }
        return store(evaluation.nextVersion());
    }

    /**
     * The printable table (自评表) of a form, for finance to download: the figures the rules give
     * now, a draft marked as such, the tenant's name in the header.
     */
    public FiscalTableData table(long id) {
        SelfEvaluation evaluation = evaluation(id);
        String tenantName = registry.requireActive(tenant.require()).displayName();
        return FiscalTablePrint.of(tenantName, evaluation, evaluation.content().evaluate(evaluation.project()), Instant.now());
    }

    /** The computed result of a form, with its recorded figures compared, as the rules give it now. */
    public SelfEvaluationResult result(long id) {
        SelfEvaluation evaluation = evaluation(id);
        return evaluation.content().evaluate(evaluation.project());
    }

    private SelfEvaluation store(SelfEvaluation evaluation) {
        EntityManager em = tenantEm.get();
        em.persist(evaluation);
        em.flush();
        return evaluation;
    }
}
