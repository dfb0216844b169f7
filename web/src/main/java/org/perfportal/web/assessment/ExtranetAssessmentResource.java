package org.perfportal.web.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.perfportal.assessment.AssessmentResult;
import org.perfportal.assessment.extranet.ExtranetSchemeCodec;
import org.perfportal.assessment.extranet.ExtranetSettlement;
import org.perfportal.identity.Role;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/extranet/assessments}: the extranet half-year assessments (半年考核) of
 * the tenant, by half-year ({@code 2026-H1}); the lifecycle and the 考核表 are
 * {@link ResultLifecycleResource}'s, every result carries its settlement against the final payment.
 */
@RequestScoped
@Path("tenants/{tenant}/extranet/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtranetAssessmentResource extends ResultLifecycleResource<AssessmentView> {

    public ExtranetAssessmentResource() {
        super(ExtranetSchemeCodec.KIND, "period", "2026-H1");
    }

    @POST
    @AllowedRoles(Role.ASSESSOR)
    public Response compute(@NotNull @Valid ComputeDto body, @Context UriInfo uri) {
        return computed(body.period(), uri);
    }

    @Override
    protected Long subject() {
        return null;
    }

    @Override
    protected AssessmentView view(AssessmentResult result) {
        return AssessmentView.of(result.assessment(), result.inForce(),
                SettlementView.of(result.figures(ExtranetSettlement.class)));
    }
}
