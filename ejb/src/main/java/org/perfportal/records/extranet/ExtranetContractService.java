package org.perfportal.records.extranet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.perfportal.assessment.extranet.HalfYear;
import org.perfportal.contract.Vendor;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.tenant.TenantEntityManager;

/**
 * The current tenant's operator contracts (运营商合同): registers them (refusing an unknown
 * vendor, a period that ends before it starts, a final payment that is not positive, a number
 * already used) and finds the one that settles a half-year (半年结算), because the half-year's
 * deductions are taken from that contract's final payment (尾款).
 */
@Stateless
public class ExtranetContractService {

    @Inject
    private TenantEntityManager tenantEm;

    public ExtranetContract create(long vendorId, String name, String number, LocalDate serviceStart, LocalDate serviceEnd,
                                BigDecimal finalPayment) {
        Vendor vendor = tenantEm.get().find(Vendor.class, vendorId);
        if (vendor == null) {
            throw new InvalidFieldException("vendorId", "no vendor " + vendorId + " in this tenant");
        }
        boolean taken = !tenantEm.get().createQuery("SELECT c.id FROM ExtranetContract c WHERE c.number = :number", Long.class)
                .setParameter("number", number).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("number", "contract " + number + " is already registered in this tenant");
        }
        ExtranetContract contract = new ExtranetContract(vendor, name, number, serviceStart, serviceEnd, finalPayment);
        tenantEm.get().persist(contract);
        tenantEm.get().flush();
        return contract;
    }

    public List<ExtranetContract> list() {
        return tenantEm.get().createQuery("SELECT c FROM ExtranetContract c ORDER BY c.serviceStart, c.id", ExtranetContract.class)
                .getResultList();
    }

    public ExtranetContract get(long id) {
        ExtranetContract contract = tenantEm.get().find(ExtranetContract.class, id);
        if (contract == null) {
            throw new RecordNotFoundException("id", "no contract " + id + " in this tenant");
        }
        return contract;
    }

    /**
     * The contract whose service period covers the whole half-year, among those registered by
     * {@code asOf} (the latest-starting one when several do). A result revision passes its own
     * computation time, so its settlement never changes afterwards: contracts cannot be edited,
     * and one registered later only counts for a later revision — approved results stay as approved.
     */
    public Optional<ExtranetContract> covering(HalfYear period, OffsetDateTime asOf) {
        return list().stream()
                .filter(c -> c.covers(period) && !c.createdAt().isAfter(asOf))
                .max(Comparator.comparing(ExtranetContract::serviceStart).thenComparing(ExtranetContract::id));
    }
}
