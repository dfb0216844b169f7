package org.perfportal.contract;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.shared.StaleVersion;
import org.perfportal.tenant.TenantEntityManager;

/**
 * What registering and maintaining either kind of party has in common: lookups within the
 * current tenant, a name unique within it, and edits that must start from the version the
 * editor read.
 *
 * @param <P> the kind of party
 */
abstract class PartyRegister<P extends Party> {

    private final Class<P> type;
    private final String label;

    @Inject
    private TenantEntityManager tenantEm;

    PartyRegister(Class<P> type, String label) {
        this.type = type;
        this.label = label;
    }

    public List<P> list() {
        return tenantEm.get().createQuery("SELECT p FROM " + type.getSimpleName() + " p ORDER BY p.name", type)
                .getResultList();
    }

    public P find(long id) {
        P party = tenantEm.get().find(type, id);
        if (party == null) {
            throw new RecordNotFoundException("id", "no " + label + " " + id);
        }
        return party;
    }

    P add(P party) {
        EntityManager em = tenantEm.get();
        requireUnusedName(party.name(), null);
        em.persist(party);
        em.flush();
        return party;
    }

    P edit(long id, long expectedVersion, String newName, Consumer<P> change) {
        P party = find(id);
        StaleVersion.check(label, party.version(), expectedVersion);
        requireUnusedName(newName, id);
        change.accept(party);
        tenantEm.get().flush();
        return party;
    }

    private void requireUnusedName(String name, Long exceptId) {
        boolean taken = tenantEm.get()
                .createQuery("SELECT p.id FROM " + type.getSimpleName() + " p WHERE p.name = :name", Long.class)
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new ConflictException("name", "'" + name + "' is already registered in this tenant");
        }
    }
}
