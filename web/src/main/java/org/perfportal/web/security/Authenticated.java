package org.perfportal.web.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.perfportal.identity.VerifiedCaller;

/** The JAX-RS view of a verified caller, so resources can name who acted. */
record Authenticated(VerifiedCaller caller) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return caller::username;
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
