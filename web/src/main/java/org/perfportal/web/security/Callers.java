package org.perfportal.web.security;

import jakarta.ws.rs.core.SecurityContext;
import org.perfportal.identity.VerifiedCaller;

/** The verified caller behind a request, for use cases that decide by who asks (a unit's own sheet). */
public final class Callers {

    private Callers() {
    }

    /**
     * The caller {@link BearerTokenFilter} verified; every resource method runs after it. Read
     * through the principal because the injected context is the container's proxy, not ours.
     */
    public static VerifiedCaller of(SecurityContext context) {
        if (context.getUserPrincipal() instanceof Authenticated.CallerPrincipal principal) {
            return principal.caller();
        }
        throw new IllegalStateException("no verified caller on this request");
    }
}
