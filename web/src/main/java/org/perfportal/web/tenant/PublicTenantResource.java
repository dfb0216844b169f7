package org.perfportal.web.tenant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.perfportal.tenant.Tenant;
import org.perfportal.tenant.TenantRegistry;
import org.perfportal.web.security.PublicAccess;

/**
 * What the browser portal reads before anyone logs in (no token): the active tenants for the
 * landing page ({@code GET /tenants}: id and display name only), and for one tenant where its
 * users log in ({@code GET /tenants/{tenant}/sign-in}: its realm, the Keycloak URL as it appears in
 * the tokens' issuer, and the public client {@code portal-web}). Nothing tenant-owned is answered.
 */
@RequestScoped
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
public class PublicTenantResource {

    /** The public client of every tenant realm the browser portal logs in with (PKCE S256). */
    static final String WEB_CLIENT = "portal-web";

    @Inject
    private TenantRegistry registry;

    @Inject
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    /** An active tenant on the landing page. */
    public record TenantEntryView(String id, String displayName) {
    }

    /** Where the users of a tenant log in. */
    public record SignInView(String tenant, String displayName, String realm, String keycloakUrl, String clientId) {
    }

    @GET
    @PublicAccess
    public List<TenantEntryView> active() {
        return registry.listAll().stream().filter(Tenant::isActive)
                .map(t -> new TenantEntryView(t.id(), t.displayName())).toList();
    }

    @GET
    @Path("{tenant}/sign-in")
    @PublicAccess
    public SignInView signIn(@PathParam("tenant") String tenant) {
        Tenant t = registry.requireActive(tenant);
        return new SignInView(t.id(), t.displayName(), t.realm(), keycloakUrl.replaceAll("/+$", ""), WEB_CLIENT);
    }
}
