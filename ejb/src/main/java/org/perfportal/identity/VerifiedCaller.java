package org.perfportal.identity;

import java.util.Set;
import org.perfportal.shared.ForbiddenException;

/**
 * A caller whose bearer token has been verified.
 *
 * @param realm    the realm that issued the token (its tenant's realm, or the platform realm)
 * @param subject  the stable Keycloak user id ({@code sub})
 * @param username the login name ({@code preferred_username}), for audit lines
 * @param roles    realm roles from {@code realm_access.roles}
 * @param unitId   the using unit a {@code unit} user speaks for, from the {@code unit_id} claim (the
 *                 Keycloak user attribute {@code unit_id}, mapped into the token); {@code null} when absent
 */
public record VerifiedCaller(String realm, String subject, String username, Set<String> roles, Long unitId) {

    public VerifiedCaller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * Refuses (403) unless this caller speaks for {@code unit}: a {@code unit} user acts only for
     * the using unit its token names, never for another one of the tenant.
     */
    public void requireSpeaksFor(long unit) {
        requireSpeaksFor(unit, "unitId");
    }

    /**
     * As {@link #requireSpeaksFor(long)}, naming {@code field} in the refusal: the request's field
     * that led to the unit, e.g. the {@code id} of a record that belongs to another unit.
     */
    public void requireSpeaksFor(long unit, String field) {
        if (unitId == null) {
            throw new ForbiddenException("unit_id", username + " belongs to no unit (the token has no unit_id claim;"
                    + " a realm admin sets the user's unit_id attribute)");
        }
        if (unitId != unit) {
            throw new ForbiddenException(field, username + " speaks for unit " + unitId + ", not " + unit);
        }
    }
}
