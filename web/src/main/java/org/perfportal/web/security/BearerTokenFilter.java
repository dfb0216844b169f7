package org.perfportal.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.perfportal.identity.InvalidTokenException;
import org.perfportal.identity.AccessTokenVerifier;
import org.perfportal.identity.VerifiedCaller;
import org.perfportal.tenant.Tenant;
import org.perfportal.tenant.TenantContext;
import org.perfportal.tenant.TenantRegistry;
import org.perfportal.tenant.TenantSuspendedException;
import org.perfportal.tenant.UnknownTenantException;
import org.perfportal.web.problem.Problem;

/**
 * Authenticates every API request by its bearer token, binds the tenant the token speaks for,
 * and authorises the request by role. In that order:
 *
 * <ol>
 *   <li><b>The token first.</b> It is verified (RS256 signature against the issuing realm's keys,
 *       exact issuer, {@code exp}/{@code iat}/{@code sub}) with its issuer taken from the
 *       allow-list: the realms of the registry's tenants and the platform realm
 *       ({@link TenantRegistry#allByRealm()}). Anything else — no token, a forged, expired or
 *       foreign one — is 401 before the path is looked at.</li>
 *   <li><b>The tenant from the issuer.</b> The tenant bound for the persistence layer is the one
 *       whose realm issued the token, never the path's: under {@code /tenants/{tenant}/…} the path
 *       only has to agree (an unknown tenant is 404 {@code tenant}; a token of another tenant's
 *       realm is 401, as it proves nothing about this tenant; a suspended tenant's own token is
 *       403 {@code tenant}: its users are known, the tenant is closed). Under {@code /platform/…} the
 *       token must come from the platform realm, which speaks for no tenant.</li>
 *   <li><b>The role.</b> The resource method's {@link AllowedRoles} names the roles that may call
 *       it; a method without it is refused (403), so forgetting the annotation fails closed.</li>
 * </ol>
 *
 * <p>A realm names at most one tenant because the registry refuses a realm already taken. The
 * only methods without a token are those marked {@link PublicAccess} (what the browser needs
 * before its login); they are let through before the first step and bind no tenant.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    /** The realm of the platform operators who register tenants. */
    public static final String PLATFORM_REALM = TenantRegistry.PLATFORM_REALM;

    private static final String BEARER = "Bearer ";

    @Context
    private ResourceInfo resource;

    @Inject
    private AccessTokenVerifier verifier;

    @Inject
    private TenantRegistry registry;

    @Inject
    private TenantContext tenantContext;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PublicAccess.class)) {
            return;
        }
        String pathTenant = request.getUriInfo().getPathParameters().getFirst("tenant");
        Map<String, Tenant> tenantsByRealm = registry.allByRealm();

        VerifiedCaller caller;
        try {
            caller = verifier.verifyIssuedByOneOf(bearerToken(request), acceptedIssuers(tenantsByRealm));
        } catch (InvalidTokenException e) {
            request.abortWith(unauthorized(challengeRealm(pathTenant, tenantsByRealm), e.getMessage()));
            return;
        }

        Tenant tokenTenant = tenantsByRealm.get(caller.realm());
        if (pathTenant == null) {
            if (!PLATFORM_REALM.equals(caller.realm())) {
                request.abortWith(unauthorized(PLATFORM_REALM, "this path takes a token of the platform realm, not of realm "
                        + caller.realm()));
                return;
            }
        } else {
            if (tenantsByRealm.values().stream().noneMatch(t -> t.id().equals(pathTenant))) {
                throw new UnknownTenantException(pathTenant);
            }
            if (tokenTenant == null || !pathTenant.equals(tokenTenant.id())) {
                request.abortWith(unauthorized(challengeRealm(pathTenant, tenantsByRealm), "a token of realm " + caller.realm()
                        + " does not speak for tenant " + pathTenant));
                return;
            }
            if (!tokenTenant.isActive()) {
                TenantSuspendedException suspended = new TenantSuspendedException(pathTenant);
                request.abortWith(Problem.response(Response.Status.FORBIDDEN, suspended.getMessage(), suspended.field()));
                return;
            }
            tenantContext.bind(tokenTenant.id());
        }
        request.setSecurityContext(new Authenticated(caller));

        AllowedRoles allowed = method.getAnnotation(AllowedRoles.class);
        if (allowed == null || Arrays.stream(allowed.value()).noneMatch(caller::hasRole)) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN,
                    "this operation needs one of the roles " + (allowed == null ? "[]" : Arrays.toString(allowed.value())),
                    null));
        }
    }

    private static Set<String> acceptedIssuers(Map<String, Tenant> tenantsByRealm) {
        Set<String> realms = new HashSet<>(tenantsByRealm.keySet());
        realms.add(PLATFORM_REALM);
        return realms;
    }

    /** The realm a client should get a token from for this path: the path tenant's, if it is registered. */
    private static String challengeRealm(String pathTenant, Map<String, Tenant> tenantsByRealm) {
        if (pathTenant == null) {
            return PLATFORM_REALM;
        }
        return tenantsByRealm.entrySet().stream()
                .filter(entry -> entry.getValue().id().equals(pathTenant))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private static String bearerToken(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new InvalidTokenException("no bearer token");
        }
        return header.substring(BEARER.length()).trim();
    }

    private static Response unauthorized(String realm, String why) {
        String challenge = (realm == null ? "Bearer " : "Bearer realm=\"" + realm + "\", ") + "error=\"invalid_token\"";
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, why, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }
}
