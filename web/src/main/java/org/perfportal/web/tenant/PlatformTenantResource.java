package org.perfportal.web.tenant;

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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.perfportal.identity.Role;
import org.perfportal.tenant.TenantOnboarding;
import org.perfportal.tenant.TenantRegistry;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /platform/tenants}: the platform operator's view of the tenant registry. {@code POST}
 * onboards an agency — the tenant, its Keycloak realm with a first administrator, the template
 * schemes of the kinds enabled — and {@code PUT /{id}} suspends or re-activates one.
 */
@RequestScoped
@Path("platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformTenantResource {

    @Inject
    private TenantRegistry registry;

    @Inject
    private TenantOnboarding onboarding;

    @GET
    @AllowedRoles(Role.PLATFORM_OPERATOR)
    public List<TenantView> list() {
        return registry.listAll().stream().map(TenantView::of).toList();
    }

    @POST
    @AllowedRoles(Role.PLATFORM_OPERATOR)
    public Response onboard(@NotNull @Valid NewTenantDto body, @Context UriInfo uri) {
        NewTenantDto.AdminDto admin = body.admin();
        String username = admin.username() == null || admin.username().isBlank() ? "admin" : admin.username().strip();
        TenantOnboarding.Onboarded onboarded = onboarding.onboard(body.id(), body.displayName().strip(), body.realm(),
                body.kinds(), new TenantOnboarding.FirstAdmin(username, admin.email().strip(), admin.firstName().strip(),
                        admin.lastName().strip()));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(uri.getAbsolutePathBuilder().path(onboarded.tenant().id()).build())
                .cacheControl(noStore)
                .entity(OnboardedTenantView.of(onboarded)).build();
    }

    @PUT
    @Path("{id}")
    @AllowedRoles(Role.PLATFORM_OPERATOR)
    public TenantView changeStatus(@PathParam("id") String id, @NotNull @Valid TenantStatusDto body) {
        return TenantView.of(registry.changeStatus(id, body.status()));
    }
}
