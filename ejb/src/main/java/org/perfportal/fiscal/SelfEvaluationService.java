package org.perfportal.fiscal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.perfportal.document.DocumentRenderers;
import org.perfportal.document.PreparedDocument;
import org.perfportal.reports.fiscal.FiscalTableData;
import org.perfportal.scheme.AppliedScheme;
import org.perfportal.scheme.SchemeService;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.shared.StaleVersion;
import org.perfportal.shared.UniqueKeyViolation;
import org.perfportal.tenant.TenantEntityManager;
import org.perfportal.tenant.TenantRegistry;

/**
 * Use cases of the fiscal project performance self-evaluation (财政项目绩效自评) of the current
 * tenant: register a project, draft its form (填报), revise the draft, refresh its linked figures,
 * submit it (提交, by the implementing unit), review it (审核, by the competent department) and
 * correct a filed form as a new version (更正).
 *
 * <p>The rules come from the tenant's {@code fiscal-self-evaluation} scheme in force on 1 January of the
 * project's year — the rules a project is evaluated by are known when its year starts, as an
 * Ordos half-year takes the scheme of its first day. Every draft is filled from its linked figures
 * and run through {@link SelfEvaluationCalculator} on save, so a stored form always computes, and
 * notes the scheme version it was computed with; a filed form keeps the version it was submitted
 * with. A rule broken raises an exception that rolls everything back.
 */
@Stateless
public class SelfEvaluationService {

    @Inject
    private DocumentRenderers renderers;

    @Inject
    private Clock clock;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TenantRegistry registry;


    @Inject
    private SchemeService schemes;

    @Inject
    private FiscalSchemeCodec codec;

    @Inject
    @Any
    private Instance<LinkedFigureProvider> providers;

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

    /**
     * Registers a project; its name is unique in the tenant and year. The query answers the usual
     * case with a clear message; two simultaneous registrations both pass it, and the unique key
     * refuses the second at flush — also a 409 on {@code name}.
     */
    public FiscalProject registerProject(String name, int year, String competentDepartment, String implementingUnit) {
        EntityManager em = tenantEm.get();
        boolean taken = !em.createQuery("SELECT p.id FROM FiscalProject p WHERE p.name = :name AND p.year = :year",
                Long.class).setParameter("name", name).setParameter("year", year).getResultList().isEmpty();
        if (taken) {
            throw nameTaken(name, year);
        }
        FiscalProject project = new FiscalProject(name, year, competentDepartment, implementingUnit);
        try {
            em.persist(project);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.causes(e)) {
                throw nameTaken(name, year);
            }
            throw e;
        }
        return project;
    }

    private static ConflictException nameTaken(String name, int year) {
        return new ConflictException("name", "'" + name + "' is already registered for " + year);
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
        AppliedScheme<FiscalTemplate> scheme = schemeInForce(project);
        SelfEvaluationContent filled = withLinkedValues(content, project.year());
        filled.evaluate(project, scheme.parameters());
        SelfEvaluation evaluation = new SelfEvaluation(project, 1, filled);
        evaluation.computedWith(scheme);
        return store(evaluation);
    }

    public SelfEvaluation revise(long id, long expectedVersion, SelfEvaluationContent content) {
        SelfEvaluation evaluation = evaluation(id);
        StaleVersion.check("self-evaluation", evaluation.version(), expectedVersion);
        // Status first: a filed form answers 409 whatever the new content; a bad content rolls the edit back.
        evaluation.requireDraft("only a draft can be edited; create a new version to correct it");
        return recompute(evaluation, content);
    }

    /**
     * Takes the linked figures again from the year's records and recomputes the draft under the
     * scheme now in force (取数刷新). A filed form keeps what it was submitted with: 409 {@code status}.
     */
    public SelfEvaluation refresh(long id) {
        SelfEvaluation evaluation = evaluation(id);
        evaluation.requireDraft("a filed form keeps the figures it was submitted with; correct it as a new version");
        return recompute(evaluation, evaluation.content());
    }

    private SelfEvaluation recompute(SelfEvaluation evaluation, SelfEvaluationContent content) {
        AppliedScheme<FiscalTemplate> scheme = schemeInForce(evaluation.project());
        SelfEvaluationContent filled = withLinkedValues(content, evaluation.project().year());
        evaluation.revise(filled);
        filled.evaluate(evaluation.project(), scheme.parameters());
        evaluation.computedWith(scheme);
        tenantEm.get().flush();
        return evaluation;
    }

    /**
     * Files the draft (提交): computed under the scheme in force now, which it then keeps, with the
     * linked values as last filled — the figures the unit saw are the figures filed.
     */
    public SelfEvaluation submit(long id) {
        SelfEvaluation evaluation = evaluation(id);
        evaluation.requireDraft("only a draft can be submitted");
        AppliedScheme<FiscalTemplate> scheme = schemeInForce(evaluation.project());
        SelfEvaluationResult result = evaluation.content().evaluate(evaluation.project(), scheme.parameters());
        evaluation.computedWith(scheme);
        evaluation.submit(result, OffsetDateTime.now(clock));
        tenantEm.get().flush();
        return evaluation;
    }

    public SelfEvaluation review(long id) {
        SelfEvaluation evaluation = evaluation(id);
        evaluation.review(OffsetDateTime.now(clock));
        tenantEm.get().flush();
        return evaluation;
    }

    /** Version n+1, a draft copy of the latest filed version n, computed under the scheme now in force. */
    public SelfEvaluation correct(long id) {
        SelfEvaluation evaluation = evaluation(id);
        List<SelfEvaluation> versions = evaluationsOf(evaluation.project().id());
        int latest = versions.get(versions.size() - 1).formVersion();
        if (evaluation.formVersion() != latest) {
            throw new ConflictException("formVersion", "version " + latest + " supersedes version "
                    + evaluation.formVersion() + "; correct that one");
        }
        SelfEvaluation next = evaluation.nextVersion();
        next.computedWith(schemeInForce(next.project()));
        return store(next);
    }

    /**
     * The printable table (自评表) of a form, for finance to download: its figures as {@link
     * #result} gives them, a draft marked as such, the tenant's name in the header.
     */
    /** The 财政项目支出绩效自评表 of a form as a document; a draft is marked 草稿. */
    public PreparedDocument document(long id) {
        FiscalTableData table = table(id);
        return new PreparedDocument("财政项目支出绩效自评表-" + table.projectName() + "-" + table.year(),
                (format, out, progress) -> renderers.fiscalTable().render(table, format, out));
    }

    public FiscalTableData table(long id) {
        SelfEvaluation evaluation = evaluation(id);
        String tenantName = registry.currentDisplayName();
        return FiscalTablePrint.of(tenantName, evaluation, compute(evaluation).result(), clock.instant());
    }

    /**
     * The computed result of a form with its recorded figures compared: a draft under the scheme in
     * force now, a filed form under the scheme it was submitted with.
     */
    public ComputedSelfEvaluation result(long id) {
        return compute(evaluation(id));
    }

    private ComputedSelfEvaluation compute(SelfEvaluation evaluation) {
        AppliedScheme<FiscalTemplate> scheme = evaluation.status() == SelfEvaluationStatus.DRAFT
                ? schemeInForce(evaluation.project())
                : schemes.applied(codec, evaluation.schemeId().orElseThrow(() -> new ConflictException("scheme",
                        "self-evaluation " + evaluation.id() + " was filed without a recorded scheme version")));
        return ComputedSelfEvaluation.of(scheme, evaluation.content().evaluate(evaluation.project(), scheme.parameters()));
    }

    private AppliedScheme<FiscalTemplate> schemeInForce(FiscalProject project) {
        return schemes.inForce(codec, LocalDate.of(project.year(), 1, 1));
    }

    /** The content with its linked rows filled by the installed providers for the project's year. */
    private SelfEvaluationContent withLinkedValues(SelfEvaluationContent content, int year) {
        return content.withLinkedValues(figure -> providers.stream()
                .filter(provider -> provider.figure() == figure)
                .findFirst()
                .map(provider -> provider.measure(year)));
    }

    private SelfEvaluation store(SelfEvaluation evaluation) {
        EntityManager em = tenantEm.get();
        em.persist(evaluation);
        em.flush();
        return evaluation;
    }
}
