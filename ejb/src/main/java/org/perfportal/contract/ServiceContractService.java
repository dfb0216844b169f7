package org.perfportal.contract;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.tenant.TenantEntityManager;

/**
 * The current tenant's O&amp;M service contracts (运维服务合同) and their item lists (运维项目清单):
 * registers a contract (refusing an unknown vendor, a period ending before it starts, a total not
 * positive), lists the items by unit, and imports an 附件1-shaped spreadsheet atomically — any bad
 * row is a 400 naming {@code rows[N].…} and, the exception rolling the transaction back, nothing of
 * the import is stored.
 */
@Stateless
public class ServiceContractService {

    @Inject
    private TenantEntityManager tenantEm;

    public ServiceContract create(long vendorId, String name, LocalDate start, LocalDate end, BigDecimal total,
                                  int installmentCount) {
        Vendor vendor = tenantEm.get().find(Vendor.class, vendorId);
        if (vendor == null) {
            throw new InvalidFieldException("vendorId", "no vendor " + vendorId + " in this tenant");
        }
        ServiceContract contract = new ServiceContract(vendor, name, start, end, total, installmentCount);
        tenantEm.get().persist(contract);
        tenantEm.get().flush();
        return contract;
    }

    public List<ServiceContract> list() {
        return tenantEm.get().createQuery("SELECT c FROM ServiceContract c ORDER BY c.serviceStart, c.id", ServiceContract.class)
                .getResultList();
    }

    public ServiceContract get(long id) {
        ServiceContract contract = tenantEm.get().find(ServiceContract.class, id);
        if (contract == null) {
            throw new RecordNotFoundException("id", "no contract " + id + " in this tenant");
        }
        return contract;
    }

    /** The contract's items in list order, only those of {@code unitId} when given. */
    public List<OmItem> items(long contractId, Long unitId) {
        get(contractId);
        String jpql = "SELECT i FROM OmItem i WHERE i.contract.id = :contract"
                + (unitId == null ? "" : " AND i.unit.id = :unit") + " ORDER BY i.sequenceNo, i.id";
        var query = tenantEm.get().createQuery(jpql, OmItem.class).setParameter("contract", contractId);
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        return query.getResultList();
    }

    /**
     * Adds the rows of an 附件1-shaped .xlsx to the contract. A blank 单位名称 is the unit of the row
     * above; the unit must be a using unit of the tenant by exact name ({@code rows[N].unit}); the
     * item name is required ({@code rows[N].name}); a blank 类别 is {@link OmItemCategory#classify};
     * an unrecognised one is {@code rows[N].category}; a blank 序号 is the row's position.
     * Every row is checked before anything is stored. Answers the number of items imported.
     */
    public int importItems(long contractId, byte[] xlsx) {
        ServiceContract contract = get(contractId);
        List<OmItemSheet.SheetRow> rows = OmItemSheet.read(xlsx);
        Map<String, UsingUnit> units = tenantEm.get().createQuery("SELECT u FROM UsingUnit u", UsingUnit.class)
                .getResultList().stream().collect(Collectors.toMap(UsingUnit::name, Function.identity(), (a, b) -> a));
        List<OmItem> items = new ArrayList<>();
        UsingUnit current = null;
        for (OmItemSheet.SheetRow row : rows) {
            String at = "rows[" + row.index() + "]";
            if (!row.unit().isEmpty()) {
                current = units.get(row.unit());
                if (current == null) {
                    throw new InvalidFieldException(at + ".unit", "sheet row " + row.sheetRow() + ": no using unit named "
                            + row.unit() + " in this tenant");
                }
            } else if (current == null) {
                throw new InvalidFieldException(at + ".unit", "sheet row " + row.sheetRow()
                        + ": 单位名称 is blank and there is no row above to take it from");
            }
            if (row.name().isEmpty()) {
                throw new InvalidFieldException(at + ".name", "sheet row " + row.sheetRow() + ": 运维项目名称 is empty");
            }
            if (row.name().length() > 300) {
                throw new InvalidFieldException(at + ".name", "sheet row " + row.sheetRow() + ": 运维项目名称 is longer than 300");
            }
            OmItemCategory category = row.category().isEmpty()
                    ? OmItemCategory.classify(row.name(), row.content())
                    : OmItemCategory.parse(row.category()).orElseThrow(() -> new InvalidFieldException(at + ".category",
                            "sheet row " + row.sheetRow() + ": unknown 类别 " + row.category()));
            int sequence;
            try {
                sequence = row.sequence().isEmpty() ? row.index() + 1 : Integer.parseInt(row.sequence());
            } catch (NumberFormatException e) {
                throw new InvalidFieldException(at + ".sequence", "sheet row " + row.sheetRow() + ": 序号 is not a whole number: "
                        + row.sequence());
            }
            items.add(new OmItem(contract, current, sequence, row.name(),
                    row.content().isEmpty() ? null : row.content(), category));
        }
        items.forEach(tenantEm.get()::persist);
        tenantEm.get().flush();
        return items.size();
    }
}
