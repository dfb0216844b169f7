package org.perfportal.tenant;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The container-managed persistence context, scoped to the current tenant. Repositories get
 * their {@link EntityManager} here and nowhere else: the tenant property is set inside the
 * running transaction, before the first statement, as EclipseLink requires.
 */
@Dependent
public class TenantEntityManager {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private TenantContext tenant;

    public EntityManager get() {
        String tenantId = tenant.require();
        if (!tenantId.equals(em.getProperties().get(TenantContext.TENANT_PROPERTY))) {
            em.setProperty(TenantContext.TENANT_PROPERTY, tenantId);
        }
        return em;
    }
}
