package org.perfportal.web.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.perfportal.assessment.Assessment;
import org.perfportal.assessment.AssessmentService;
import org.perfportal.assessment.AssessmentStatus;
import org.perfportal.assessment.ordos.HalfYear;
import org.perfportal.assessment.ordos.OrdosHalfYearService;
import org.perfportal.assessment.ordos.OrdosSchemeCodec;
import org.perfportal.identity.Role;
import org.perfportal.records.ordos.OrdosContractService;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.web.VersionDto;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/ordos/assessments}: the Otog Banner half-year assessments (半年考核).
 * The assessor computes and submits, the approver approves (publishing it to the operator) and
 * finalizes, the operator (vendor) may dispute an approved result (复核).
 */
@RequestScoped
@Path("tenants/{tenant}/ordos/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdosAssessmentResource {

    private static final String KIND = OrdosSchemeCodec.KIND;

    @Inject
    private OrdosHalfYearService halfYears;

    @Inject
    private AssessmentService assessments;

    @Inject
    private OrdosContractService contracts;

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
    public AssessmentView dispute(@PathParam("id") long id, @NotNull @Valid VersionDto body) {
        return moveTo(id, body, AssessmentStatus.DISPUTED);
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
