package org.perfportal.web.tenant;

import jakarta.enterprise.context.RequestScoped;
import org.perfportal.web.security.AllowedRoles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.perfportal.identity.Role;
import org.perfportal.tenant.Tenant;
import org.perfportal.tenant.TenantRegistry;

/**
 * {@code /platform/tenants}: the platform operator's view of the tenant registry. Registering
 * a tenant here lets its realm's tokens in; creating the realm in Keycloak is a separate,
 * documented step.
 */
@RequestScoped
@Path("platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformTenantResource {

    @Inject
    private TenantRegistry registry;

    @GET
    @AllowedRoles(Role.PLATFORM_OPERATOR)
    public List<TenantView> list() {
        return registry.listAll().stream().map(TenantView::of).toList();
    }

    @POST
    @AllowedRoles(Role.PLATFORM_OPERATOR)
    public Response register(@NotNull @Valid NewTenantDto body, @Context UriInfo uri) {
        Tenant tenant = registry.register(body.id(), body.displayName().strip(), body.realm());
        return Response.created(uri.getBaseUriBuilder().path("tenants").path(tenant.id()).build())
                .entity(TenantView.of(tenant)).build();
    }
}
