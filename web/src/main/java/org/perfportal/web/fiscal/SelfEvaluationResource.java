package org.perfportal.web.fiscal;

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
import org.perfportal.fiscal.SelfEvaluation;
import org.perfportal.fiscal.SelfEvaluationService;
import org.perfportal.identity.Role;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.web.document.DocumentAnswers;
import org.perfportal.web.problem.Problem;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/fiscal/self-evaluations}: one self-evaluation form version (绩效自评表)
 * and its workflow — the implementing unit ({@code unit}) edits the draft, refreshes its linked
 * figures (取数刷新), submits it (提交) and
 * corrects a filed version as a new one (更正); the competent department ({@code approver})
 * reviews it (审核). The result view puts computed and recorded figures side by side.
 */
@RequestScoped
@Path("tenants/{tenant}/fiscal/self-evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelfEvaluationResource {

    @Inject
    private SelfEvaluationService service;

    @Inject
    private DocumentAnswers documents;

    @GET
    @Path("{id}")
    @AllowedRoles({Role.UNIT, Role.APPROVER, Role.FINANCE, Role.AUDITOR, Role.TENANT_ADMIN})
    public SelfEvaluationDto get(@PathParam("id") long id) {
        return SelfEvaluationDto.of(service.evaluation(id));
    }

    @PUT
    @Path("{id}")
    @AllowedRoles(Role.UNIT)
    public SelfEvaluationDto revise(@PathParam("id") long id, @NotNull @Valid SelfEvaluationDto body) {
        if (body.version() == null) {
            throw new InvalidFieldException("version", "send the version you read, so a concurrent edit is not overwritten");
        }
        return SelfEvaluationDto.of(service.revise(id, body.version(), body.toContent()));
    }

    @POST
    @Path("{id}/submit")
    @AllowedRoles(Role.UNIT)
    public SelfEvaluationDto submit(@PathParam("id") long id) {
        return SelfEvaluationDto.of(service.submit(id));
    }

    /** Takes a draft's linked figures again from the year's records and recomputes it (取数刷新). */
    @POST
    @Path("{id}/refresh")
    @AllowedRoles(Role.UNIT)
    public SelfEvaluationDto refresh(@PathParam("id") long id) {
        return SelfEvaluationDto.of(service.refresh(id));
    }

    @POST
    @Path("{id}/review")
    @AllowedRoles(Role.APPROVER)
    public SelfEvaluationDto review(@PathParam("id") long id) {
        return SelfEvaluationDto.of(service.review(id));
    }

    /** Version n+1 as a draft copy of this filed version: corrections never touch a filed form. */
    @POST
    @Path("{id}/new-version")
    @AllowedRoles(Role.UNIT)
    public Response newVersion(@PathParam("id") long id, @Context UriInfo uri) {
        return created(service.correct(id), uri);
    }

    /** The 自评表 as finance files it: {@code ?format=pdf} (default) or {@code xlsx}. */
    @GET
    @Path("{id}/document")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Problem.MEDIA_TYPE})
    @AllowedRoles({Role.UNIT, Role.APPROVER, Role.FINANCE, Role.AUDITOR, Role.TENANT_ADMIN})
    public Response document(@PathParam("id") long id, @QueryParam("format") @DefaultValue("pdf") String format,
                             @Context SecurityContext caller, @Context UriInfo uri) {
        return documents.answer(format, false, caller, uri, () -> service.document(id));
    }

    @GET
    @Path("{id}/result")
    @AllowedRoles({Role.UNIT, Role.APPROVER, Role.FINANCE, Role.AUDITOR, Role.TENANT_ADMIN})
    public SelfEvaluationResultView result(@PathParam("id") long id) {
        return SelfEvaluationResultView.of(service.evaluation(id), service.result(id));
    }

    /** 201 with the location of a new form version under this resource. */
    static Response created(SelfEvaluation evaluation, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path(SelfEvaluationResource.class).path(String.valueOf(evaluation.id()))
                .build(uri.getPathParameters().getFirst("tenant"))).entity(SelfEvaluationDto.of(evaluation)).build();
    }
}
