package org.perfportal.web.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.perfportal.assessment.Assessment;
import org.perfportal.assessment.AssessmentService;
import org.perfportal.assessment.AssessmentStatus;
import org.perfportal.assessment.extranet.HalfYear;
import org.perfportal.assessment.extranet.ExtranetHalfYearService;
import org.perfportal.assessment.extranet.ExtranetSchemeCodec;
import org.perfportal.identity.Role;
import org.perfportal.records.extranet.ExtranetContractService;
import org.perfportal.records.extranet.ExtranetRecordBook;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;
import org.perfportal.reports.extranet.ExtranetSheetData;
import org.perfportal.reports.extranet.ExtranetSheetRenderer;
import org.perfportal.scheme.SchemeService;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.tenant.TenantRegistry;
import org.perfportal.web.VersionDto;
import org.perfportal.web.document.DocumentDownload;
import org.perfportal.web.document.DocumentJobs;
import org.perfportal.web.document.Renderers;
import org.perfportal.web.problem.Problem;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/extranet/assessments}: the Otog Banner half-year assessments (半年考核).
 * The assessor computes and submits, the approver approves (publishing it to the operator) and
 * finalizes, the operator (vendor) may dispute an approved result (复核).
 */
@RequestScoped
@Path("tenants/{tenant}/extranet/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtranetAssessmentResource {

    private static final String KIND = ExtranetSchemeCodec.KIND;

    @Inject
    private Clock clock;

    @Inject
    private ExtranetHalfYearService halfYears;

    @Inject
    private AssessmentService assessments;

    @Inject
    private ExtranetContractService contracts;

    @Inject
    private SchemeService schemes;

    @Inject
    private ExtranetSchemeCodec codec;

    @Inject
    private ExtranetRecordBook records;

    @Inject
    private TenantRegistry registry;


    @Inject
    private Renderers renderers;

    @Inject
    private DocumentJobs jobs;

    @GET
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public List<AssessmentView> list(@QueryParam("period") String period) {
        return assessments.list(KIND, period).stream().map(this::view).toList();
    }

    /** The period's result in force (生效结果): 404 until one has been approved. */
    @GET
    @Path("in-force")
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public AssessmentView inForce(@QueryParam("period") String period) {
        if (period == null || period.isBlank()) {
            throw new InvalidFieldException("period", "name the period, e.g. ?period=2026-H1");
        }
        return assessments.inForce(KIND, period).map(a -> AssessmentView.of(a, true, settlement(a)))
                .orElseThrow(() -> new RecordNotFoundException("period",
                        "no approved result for " + period));
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public AssessmentView get(@PathParam("id") long id) {
        return view(assessments.find(KIND, id));
    }

    /**
     * The result as the 电子政务外网支撑保障服务考核表（半年考核）, PDF or XLSX, for the roles that read results;
     * a result not yet approved is marked 草稿. With {@code async=true}: 202 and a document job to poll.
     */
    @GET
    @Path("{id}/document")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public Response document(@PathParam("id") long id, @QueryParam("format") @DefaultValue("pdf") String format,
                             @QueryParam("async") @DefaultValue("false") boolean async,
                             @Context SecurityContext caller, @Context UriInfo uri) {
        ReportFormat chosen = DocumentDownload.format(format);
        Assessment assessment = assessments.find(KIND, id);
        ExtranetSheetData sheet = ExtranetSheetPrint.of(registry.currentDisplayName(), assessment,
                schemes.applied(codec, assessment.schemeId()),
                contracts.covering(HalfYear.parse(assessment.periodLabel()), assessment.computedAt()),
                records.records().lines().size(), clock.instant());
        String stem = "半年考核表-" + assessment.periodLabel() + "-第" + assessment.revision() + "次";
        ExtranetSheetRenderer renderer = renderers.extranetSheet();
        if (async) {
            return jobs.start(caller, uri, chosen, stem, (out, progress) -> renderer.render(sheet, chosen, out, progress));
        }
        return DocumentDownload.of(chosen, stem, out -> renderer.render(sheet, chosen, out, RenderProgress.NONE));
    }

    @POST
    @AllowedRoles(Role.ASSESSOR)
    public Response compute(@NotNull @Valid ComputeDto body, @Context UriInfo uri) {
        Assessment assessment = halfYears.compute(body.period().strip());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(assessment.id())).build())
                .entity(view(assessment)).build();
    }

    @PUT
    @Path("{id}")
    @AllowedRoles(Role.ASSESSOR)
    public AssessmentView reviseRemark(@PathParam("id") long id, @NotNull @Valid RemarkDto body) {
        return view(assessments.reviseRemark(KIND, id, body.version(), body.remark()));
    }

    @POST
    @Path("{id}/submit")
    @AllowedRoles(Role.ASSESSOR)
    public AssessmentView submit(@PathParam("id") long id, @NotNull @Valid VersionDto body) {
        return moveTo(id, body, AssessmentStatus.SUBMITTED);
    }

    @POST
    @Path("{id}/approve")
    @AllowedRoles(Role.APPROVER)
    public AssessmentView approve(@PathParam("id") long id, @NotNull @Valid VersionDto body) {
        return moveTo(id, body, AssessmentStatus.APPROVED);
    }

    @POST
    @Path("{id}/dispute")
    @AllowedRoles(Role.VENDOR)
    public AssessmentView dispute(@PathParam("id") long id, @NotNull @Valid DisputeDto body) {
        return view(assessments.dispute(KIND, id, body.version(), body.reason()));
    }

    @POST
    @Path("{id}/finalize")
    @AllowedRoles(Role.APPROVER)
    public AssessmentView makeFinal(@PathParam("id") long id, @NotNull @Valid VersionDto body) {
        return moveTo(id, body, AssessmentStatus.FINAL);
    }

    private AssessmentView moveTo(long id, VersionDto body, AssessmentStatus target) {
        return view(assessments.transition(KIND, id, body.version(), target));
    }

    private AssessmentView view(Assessment assessment) {
        boolean inForce = assessments.inForce(KIND, assessment.periodLabel())
                .map(current -> current.id().equals(assessment.id()))
                .orElse(false);
        return AssessmentView.of(assessment, inForce, settlement(assessment));
    }

    /**
     * The half-year's settlement against the contract covering it when this revision was computed
     * (none covering: null figures and a note).
     */
    private SettlementView settlement(Assessment assessment) {
        return SettlementView.of(assessment.periodLabel(), assessment.total(),
                contracts.covering(HalfYear.parse(assessment.periodLabel()), assessment.computedAt()));
    }
}
