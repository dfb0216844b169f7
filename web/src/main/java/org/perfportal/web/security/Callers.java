package org.perfportal.web.security;

import jakarta.ws.rs.core.SecurityContext;
import org.perfportal.identity.VerifiedCaller;

/** The verified caller behind a request, for use cases that decide by who asks (a unit's own sheet). */
public final class Callers {

    private Callers() {
    }

    /** The caller {@link BearerTokenFilter} verified; every resource method runs after it. */
    public static VerifiedCaller of(SecurityContext context) {
        if (context instanceof Authenticated authenticated) {
            return authenticated.caller();
        }
        throw new IllegalStateException("no verified caller on this request");
    }
}
