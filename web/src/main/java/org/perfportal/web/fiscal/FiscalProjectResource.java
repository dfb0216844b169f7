package org.perfportal.web.fiscal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.perfportal.fiscal.FiscalProject;
import org.perfportal.fiscal.SelfEvaluation;
import org.perfportal.fiscal.SelfEvaluationService;
import org.perfportal.identity.Role;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/fiscal/projects}: the tenant's fiscal projects (财政项目) and the first
 * version of each one's self-evaluation form. The implementing unit (实施单位, role {@code unit})
 * registers and fills them in; the competent department, finance, audit and the tenant admin read.
 */
@RequestScoped
@Path("tenants/{tenant}/fiscal/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FiscalProjectResource {

    @Inject
    private SelfEvaluationService service;

    @GET
    @AllowedRoles({Role.UNIT, Role.APPROVER, Role.FINANCE, Role.AUDITOR, Role.TENANT_ADMIN})
    public List<FiscalProjectDto> list() {
        return service.projects().stream().map(FiscalProjectDto::of).toList();
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Role.UNIT, Role.APPROVER, Role.FINANCE, Role.AUDITOR, Role.TENANT_ADMIN})
    public FiscalProjectDto get(@PathParam("id") long id) {
        return FiscalProjectDto.of(service.project(id));
    }

    @POST
    @AllowedRoles(Role.UNIT)
    public Response register(@NotNull @Valid FiscalProjectDto body, @Context UriInfo uri) {
        FiscalProject project = service.registerProject(body.name().strip(), body.year(),
                body.competentDepartment().strip(), body.implementingUnit().strip());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(project.id())).build())
                .entity(FiscalProjectDto.of(project)).build();
    }

    /** Every version of the project's self-evaluation, oldest first. */
    @GET
    @Path("{id}/self-evaluations")
    @AllowedRoles({Role.UNIT, Role.APPROVER, Role.FINANCE, Role.AUDITOR, Role.TENANT_ADMIN})
    public List<SelfEvaluationDto> evaluations(@PathParam("id") long id) {
        return service.evaluationsOf(id).stream().map(SelfEvaluationDto::of).toList();
    }

    /** Drafts version 1 of the project's self-evaluation (填报). */
    @POST
    @Path("{id}/self-evaluations")
    @AllowedRoles(Role.UNIT)
    public Response draft(@PathParam("id") long id, @NotNull @Valid SelfEvaluationDto body, @Context UriInfo uri) {
        SelfEvaluation evaluation = service.draft(id, body.toContent());
        return SelfEvaluationResource.created(evaluation, uri);
    }
}
