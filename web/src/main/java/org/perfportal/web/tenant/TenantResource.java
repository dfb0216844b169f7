package org.perfportal.web.tenant;

import jakarta.enterprise.context.RequestScoped;
import org.perfportal.web.security.AllowedRoles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.perfportal.identity.Role;
import org.perfportal.tenant.TenantRegistry;

/** {@code /tenants/{tenant}}: the tenant's own registry entry, for its headers and documents. */
@RequestScoped
@Path("tenants/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    private TenantRegistry registry;

    @GET
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public TenantView get(@PathParam("tenant") String tenant) {
        return TenantView.of(registry.requireActive(tenant));
    }
}
