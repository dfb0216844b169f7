package org.perfportal.identity;

import jakarta.ejb.ApplicationException;

/**
 * Keycloak did not do what the portal asked of its Admin REST API (unreachable, refused, not
 * configured). The web layer answers 502: the request was sound, the identity provider failed. Rolls the
 * transaction back, so an onboarding that met it stores nothing.
 */
@ApplicationException(rollback = true, inherited = true)
public class IdentityProviderException extends RuntimeException {

    public IdentityProviderException(String message) {
        super(message);
    }

    public IdentityProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
