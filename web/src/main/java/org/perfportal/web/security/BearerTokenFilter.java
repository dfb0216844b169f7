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
import org.perfportal.identity.InvalidTokenException;
import org.perfportal.identity.AccessTokenVerifier;
import org.perfportal.identity.VerifiedCaller;
import org.perfportal.tenant.TenantContext;
import org.perfportal.tenant.TenantRegistry;
import org.perfportal.web.problem.Problem;

/**
 * Authenticates every API request by its bearer token and authorises it by role.
 *
 * <p>Under {@code /tenants/{tenant}/…} the token must be issued by that tenant's realm (taken
 * from the tenant registry, the allow-list); the tenant bound for the persistence layer is
 * then the one the token proves, and the path merely has to agree with it. Under
 * {@code /platform/…} the token must come from the platform realm. The resource method's
 * {@link AllowedRoles} names the roles that may call it; a method without it is refused, so
 * forgetting the annotation fails closed. The only methods without a token are those marked
 * {@link PublicAccess} (what the browser needs before its login), which bind no tenant.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    /** The realm of the platform operators who register tenants. */
    public static final String PLATFORM_REALM = "platform";

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
        String tenantId = request.getUriInfo().getPathParameters().getFirst("tenant");
        String realm = tenantId == null ? PLATFORM_REALM : registry.requireActive(tenantId).realm();

        VerifiedCaller caller;
        try {
            caller = verifier.verify(bearerToken(request), realm);
        } catch (InvalidTokenException e) {
            request.abortWith(unauthorized(realm, e.getMessage()));
            return;
        }
        if (tenantId != null) {
            tenantContext.bind(tenantId);
        }
        request.setSecurityContext(new Authenticated(caller));

        AllowedRoles allowed = method.getAnnotation(AllowedRoles.class);
        if (allowed == null || Arrays.stream(allowed.value()).noneMatch(caller::hasRole)) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN,
                    "this operation needs one of the roles " + (allowed == null ? "[]" : Arrays.toString(allowed.value())),
                    null));
        }
    }

    private static String bearerToken(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new InvalidTokenException("no bearer token");
        }
        return header.substring(BEARER.length()).trim();
    }

    private static Response unauthorized(String realm, String why) {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, why, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + realm + "\", error=\"invalid_token\"")
                .build();
    }
}
