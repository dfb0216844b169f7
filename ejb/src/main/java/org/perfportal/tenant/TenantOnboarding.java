package org.perfportal.tenant;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.perfportal.identity.IdentityProviderException;
import org.perfportal.identity.KeycloakRealmAdmin;
import org.perfportal.scheme.Scheme;
import org.perfportal.scheme.SchemeService;
import org.perfportal.scheme.SchemeTemplate;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;

/**
 * Onboarding (租户开通): a new agency goes live in one call of the platform operator. In one
 * transaction the tenant is registered, its Keycloak realm is created from the
 * {@link TenantRealmTemplate} with a first {@code tenant-admin} user, and each kind enabled gets the
 * kind's {@link SchemeTemplate} as a published scheme of the tenant's own.
 *
 * <p>All or nothing: the registry's checks run before Keycloak is touched; once the realm exists,
 * a synchronization on the transaction deletes it again if the transaction does not commit, so a
 * failure anywhere after (a scheme, the database) leaves neither a tenant row nor a realm. A realm
 * Keycloak already had is refused (409 {@code realm}) and never deleted.
 */
@Stateless
public class TenantOnboarding {

    @Inject
    private TenantRegistry registry;

    @Inject
    private KeycloakRealmAdmin keycloak;

    @Inject
    private SchemeService schemes;

    @Inject
    private TenantContext tenantContext;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /** The portal's public URL: the {@code portal-web} client's redirect URIs and web origin. */
    @Inject
    @ConfigProperty(name = "portal.url", defaultValue = " ")
    String portalUrl;

    /** Who the first administrator is; the password is generated. */
    public record FirstAdmin(String username, String email, String firstName, String lastName) {
    }

    /** What the operator gets back, once: the tenant, the admin's temporary password, the schemes given. */
    public record Onboarded(Tenant tenant, String adminUsername, String temporaryPassword, List<Scheme> schemes) {
    }

    public Onboarded onboard(String id, String displayName, String realm, List<String> kinds, FirstAdmin admin) {
        List<SchemeTemplate> templates = templates(kinds);
        if (portalUrl.isBlank()) {
            throw new IdentityProviderException("PORTAL_URL must be set: the new realm's login redirects to it");
        }
        Tenant tenant = registry.register(id, displayName, realm);
        if (keycloak.exists(tenant.realm())) {
            throw new ConflictException("realm", "Keycloak already has a realm '" + tenant.realm()
                    + "' that the registry does not know; choose another realm name");
        }
        String password = TemporaryPassword.generate();
        TenantRealmTemplate.FirstAdmin first = new TenantRealmTemplate.FirstAdmin(admin.username(), admin.email(),
                admin.firstName(), admin.lastName(), password);
        // Registered before the call: should Keycloak create the realm and the answer be lost, it is still undone.
        UndoRealm undo = new UndoRealm(keycloak, tenant.realm());
        transaction.registerInterposedSynchronization(undo);
        try {
            keycloak.create(TenantRealmTemplate.shipped().render(tenant.id(), tenant.realm(), displayName, portalUrl.strip(), first));
        } catch (ConflictException e) {
            undo.disarm(); // someone else's realm, created meanwhile: never ours to delete
            throw e;
        }

        tenantContext.bind(tenant.id());
        List<Scheme> given = new ArrayList<>();
        for (SchemeTemplate template : templates) {
            Scheme draft = schemes.createDraft(template.kind(), template.versionLabel(), template.effectiveFrom(),
                    template.parameters());
            given.add(schemes.publishTemplate(draft.id()));
        }
        return new Onboarded(tenant, admin.username(), password, given);
    }

    private static List<SchemeTemplate> templates(List<String> kinds) {
        List<SchemeTemplate> templates = new ArrayList<>();
        List<String> requested = kinds == null ? List.of() : kinds;
        for (int i = 0; i < requested.size(); i++) {
            String kind = requested.get(i);
            String field = "kinds[" + i + "]";
            SchemeTemplate template = SchemeTemplate.of(kind == null ? "" : kind.strip())
                    .orElseThrow(() -> new InvalidFieldException(field, "unknown kind '" + kind + "'; one of om-monthly, "
                            + "extranet-half-year, egov-annual, fiscal-self-evaluation"));
            if (templates.contains(template)) {
                throw new InvalidFieldException(field, "kind '" + kind + "' is listed twice");
            }
            templates.add(template);
        }
        return templates;
    }

    /** Deletes the realm this onboarding created when its transaction rolls back. */
    private static final class UndoRealm implements Synchronization {

        private final KeycloakRealmAdmin keycloak;
        private final String realm;
        private volatile boolean armed = true;

        UndoRealm(KeycloakRealmAdmin keycloak, String realm) {
            this.keycloak = keycloak;
            this.realm = realm;
        }

        void disarm() {
            armed = false;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (armed && status != Status.STATUS_COMMITTED) {
                keycloak.delete(realm);
            }
        }
    }
}
