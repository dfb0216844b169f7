package org.perfportal.web.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.perfportal.identity.VerifiedCaller;

/** The JAX-RS view of a verified caller, so resources can name who acted. */
record Authenticated(VerifiedCaller caller) implements SecurityContext {

    /** The principal carries the verified caller, so a use case can ask which unit it speaks for ({@link Callers}). */
    @Override
    public Principal getUserPrincipal() {
        return new CallerPrincipal(caller);
    }

    /** A principal named by the login name, holding the whole verified caller. */
    record CallerPrincipal(VerifiedCaller caller) implements Principal {

        @Override
        public String getName() {
            return caller.username();
        }
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.hasRole(role);
    }

    @Override
    public boolean isSecure() {
        return false;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
