package org.perfportal.contract;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.tenant.TenantEntityManager;

/** Registers and maintains the current tenant's vendors. */
@Stateless
public class VendorService {

    @Inject
    private TenantEntityManager tenantEm;

    public List<Vendor> list() {
        return tenantEm.get().createQuery("SELECT v FROM Vendor v ORDER BY v.name", Vendor.class).getResultList();
    }

    public Vendor find(long id) {
        Vendor vendor = tenantEm.get().find(Vendor.class, id);
        if (vendor == null) {
            throw new RecordNotFoundException("id", "no vendor " + id);
        }
        return vendor;
    }

    public Vendor register(String name, String creditCode, PartyDetails contact) {
        EntityManager em = tenantEm.get();
        PartyRules.requireUnusedName(nameTaken(em, name, null), name);
        Vendor vendor = new Vendor(name, creditCode, contact);
        em.persist(vendor);
        em.flush();
        return vendor;
    }

    public Vendor revise(long id, long expectedVersion, String name, String creditCode, PartyDetails contact) {
        EntityManager em = tenantEm.get();
        Vendor vendor = find(id);
        PartyRules.requireVersion(vendor.version(), expectedVersion);
        PartyRules.requireUnusedName(nameTaken(em, name, id), name);
        vendor.revise(name, creditCode, contact);
        em.flush();
        return vendor;
    }

    private static boolean nameTaken(EntityManager em, String name, Long exceptId) {
        return em.createQuery("SELECT v.id FROM Vendor v WHERE v.name = :name", Long.class)
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(id -> !id.equals(exceptId));
    }
}
