package org.perfportal.tenant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;

/**
 * The tenant registry (租户登记): which agencies exist, their realms, whether they may sign
 * in. It is the allow-list against which bearer tokens are accepted: a token's verified issuer
 * names a realm, and {@link #tenantsByRealm()} says which tenant that realm speaks for. That
 * only works if no two tenants share a realm, so {@link #register} refuses a realm already
 * taken (and the platform's), and the database's unique key on {@code tenant.realm} settles a
 * race. {@link TenantOnboarding} registers a tenant together with its Keycloak realm.
 */
@Stateless
public class TenantRegistry {

    /** The realm of the platform operators who register tenants; it speaks for no tenant. */
    public static final String PLATFORM_REALM = "platform";

    /** Tenant ids appear in URLs and realm names: lower-case letters, digits, dashes. */
    private static final Pattern TENANT_ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private TenantContext tenant;

    public List<Tenant> listAll() {
        return em.createQuery("SELECT t FROM Tenant t ORDER BY t.id", Tenant.class).getResultList();
    }

    /** The active tenant with this id, or {@link UnknownTenantException}. */
    public Tenant requireActive(String tenantId) {
        Tenant tenant = tenantId == null ? null : em.find(Tenant.class, tenantId);
        if (tenant == null || !tenant.isActive()) {
            throw new UnknownTenantException(tenantId);
        }
        return tenant;
    }

    /** The registered tenant with this id, active or suspended, or {@link UnknownTenantException}. */
    public Tenant require(String tenantId) {
        Tenant tenant = tenantId == null ? null : em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw new UnknownTenantException(tenantId);
        }
        return tenant;
    }

    /**
     * Every registered realm and its tenant, suspended ones included: a suspended tenant's token
     * is still verified, so that its users are told 403 {@code tenant} rather than 401.
     */
    public Map<String, Tenant> allByRealm() {
        return em.createQuery("SELECT t FROM Tenant t", Tenant.class)
                .getResultStream()
                .collect(Collectors.toUnmodifiableMap(Tenant::realm, t -> t));
    }

    /** Suspends or re-activates a tenant (see {@link Tenant#changeStatus}). */
    public Tenant changeStatus(String tenantId, TenantStatus status) {
        Tenant tenant = require(tenantId);
        tenant.changeStatus(status);
        em.flush();
        return tenant;
    }

    /**
     * The allow-list of token issuers: each active tenant's realm and the tenant it speaks for. A
     * suspended tenant's realm is absent, so its tokens are refused.
     */
    public Map<String, String> tenantsByRealm() {
        return em.createQuery("SELECT t FROM Tenant t WHERE t.status = :active", Tenant.class)
                .setParameter("active", TenantStatus.ACTIVE)
                .getResultStream()
                .collect(Collectors.toUnmodifiableMap(Tenant::realm, Tenant::id));
    }

    /** The display name of the tenant the request acts for, as documents and source texts print it. */
    public String currentDisplayName() {
        return requireActive(tenant.require()).displayName();
    }

    public Tenant register(String id, String displayName, String realm) {
        if (id == null || !TENANT_ID.matcher(id).matches()) {
            throw new InvalidFieldException("id", "a tenant id is 2–40 lower-case letters, digits or dashes, starting with a letter");
        }
        if (em.find(Tenant.class, id) != null) {
            throw new ConflictException("id", "tenant '" + id + "' already exists");
        }
        String realmName = realm == null || realm.isBlank() ? id : realm.strip();
        if (realmName.equals(PLATFORM_REALM)) {
            throw new ConflictException("realm", "realm '" + PLATFORM_REALM + "' is the platform operators' and speaks for no tenant");
        }
        em.createQuery("SELECT t.id FROM Tenant t WHERE t.realm = :realm", String.class)
                .setParameter("realm", realmName)
                .getResultStream()
                .findFirst()
                .ifPresent(owner -> {
                    throw realmTaken(realmName, "tenant '" + owner + "'");
                });
        Tenant tenant = new Tenant(id, displayName, realmName);
        try {
            em.persist(tenant);
            em.flush();
        } catch (PersistenceException e) {
            // Two registrations racing: the unique keys on tenant.id and tenant.realm decide, never a 500.
            throw realmTaken(realmName, "a tenant registered at the same time (or the id was taken meanwhile)");
        }
        return tenant;
    }

    private static ConflictException realmTaken(String realm, String owner) {
        return new ConflictException("realm", "realm '" + realm + "' already speaks for " + owner
                + "; a token's issuer must name exactly one tenant");
    }
}
