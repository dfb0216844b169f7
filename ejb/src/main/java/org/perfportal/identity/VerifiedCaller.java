package org.perfportal.identity;

import java.util.Set;

/**
 * A caller whose bearer token has been verified.
 *
 * @param realm    the realm that issued the token (its tenant's realm, or the platform realm)
 * @param subject  the stable Keycloak user id ({@code sub})
 * @param username the login name ({@code preferred_username}), for audit lines
 * @param roles    realm roles from {@code realm_access.roles}
 */
public record VerifiedCaller(String realm, String subject, String username, Set<String> roles) {

    public VerifiedCaller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
