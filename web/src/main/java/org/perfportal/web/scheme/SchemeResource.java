package org.perfportal.web.scheme;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.perfportal.identity.Role;
import org.perfportal.scheme.Scheme;
import org.perfportal.scheme.SchemeService;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.web.VersionDto;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/schemes}: the tenant's scheme versions (考核办法). The tenant admin
 * drafts and publishes them; assessors, approvers and auditors read them.
 */
@RequestScoped
@Path("tenants/{tenant}/schemes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchemeResource {

    @Inject
    private SchemeService schemes;

    @GET
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.AUDITOR})
    public List<SchemeView> list() {
        return schemes.list().stream().map(SchemeView::of).toList();
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.AUDITOR})
    public SchemeView get(@PathParam("id") long id) {
        return SchemeView.of(schemes.find(id));
    }

    @POST
    @AllowedRoles(Role.TENANT_ADMIN)
    public Response createDraft(@NotNull @Valid SchemeDto body, @Context UriInfo uri) {
        Scheme scheme = schemes.createDraft(body.kind().strip(), body.versionLabel().strip(), body.effectiveFrom(), body.parameters());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(scheme.id())).build())
                .entity(SchemeView.of(scheme)).build();
    }

    @PUT
    @Path("{id}")
    @AllowedRoles(Role.TENANT_ADMIN)
    public SchemeView revise(@PathParam("id") long id, @NotNull @Valid SchemeDto body) {
        if (body.version() == null) {
            throw new InvalidFieldException("version", "send the version you read, so a concurrent edit is not overwritten");
        }
        return SchemeView.of(schemes.revise(id, body.version(), body.versionLabel().strip(), body.effectiveFrom(),
                body.parameters()));
    }

    @POST
    @Path("{id}/publish")
    @AllowedRoles(Role.TENANT_ADMIN)
    public SchemeView publish(@PathParam("id") long id, @NotNull @Valid VersionDto body) {
        return SchemeView.of(schemes.publish(id, body.version()));
    }
}
