package org.perfportal.contract;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.tenant.TenantEntityManager;

/** Registers and maintains the current tenant's using units. */
@Stateless
public class UsingUnitService {

    @Inject
    private TenantEntityManager tenantEm;

    public List<UsingUnit> list() {
        return tenantEm.get().createQuery("SELECT u FROM UsingUnit u ORDER BY u.kind, u.name", UsingUnit.class).getResultList();
    }

    public UsingUnit find(long id) {
        UsingUnit unit = tenantEm.get().find(UsingUnit.class, id);
        if (unit == null) {
            throw new RecordNotFoundException("id", "no using unit " + id);
        }
        return unit;
    }

    public UsingUnit register(String name, UnitKind kind, PartyDetails contact) {
        EntityManager em = tenantEm.get();
        PartyRules.requireUnusedName(nameTaken(em, name, null), name);
        UsingUnit unit = new UsingUnit(name, kind, contact);
        em.persist(unit);
        em.flush();
        return unit;
    }

    public UsingUnit revise(long id, long expectedVersion, String name, UnitKind kind, PartyDetails contact) {
        EntityManager em = tenantEm.get();
        UsingUnit unit = find(id);
        PartyRules.requireVersion(unit.version(), expectedVersion);
        PartyRules.requireUnusedName(nameTaken(em, name, id), name);
        unit.revise(name, kind, contact);
        em.flush();
        return unit;
    }

    private static boolean nameTaken(EntityManager em, String name, Long exceptId) {
        return em.createQuery("SELECT u.id FROM UsingUnit u WHERE u.name = :name", Long.class)
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(id -> !id.equals(exceptId));
    }
}
