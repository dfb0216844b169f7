package org.perfportal.tenant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.regex.Pattern;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;

/**
 * The tenant registry (租户登记): which agencies exist, their realms, whether they may sign
 * in. It is the allow-list against which bearer tokens are accepted. Realm creation in
 * Keycloak stays a manual step for now (README, "Adding a tenant").
 */
@Stateless
public class TenantRegistry {

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
        Tenant tenant = new Tenant(id, displayName, realm == null || realm.isBlank() ? id : realm);
        em.persist(tenant);
        return tenant;
    }
}
