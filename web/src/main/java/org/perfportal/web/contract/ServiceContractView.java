package org.perfportal.web.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.perfportal.contract.ServiceContract;

/**
 * An O&amp;M service contract (运维服务合同) as the API answers it, with the figures derived from
 * it — the monthly fee (月运维费用 = total ÷ 12) and the installments (分期款) — so that readers
 * never redo the arithmetic.
 */
public record ServiceContractView(long id, long vendorId, String vendorName, String name,
                                  ServiceContractDto.Period period, BigDecimal total, BigDecimal monthlyFee,
                                  List<InstallmentView> installments, long version) {

    /** One installment (分期款): number, covered days (inclusive) and gross amount. */
    public record InstallmentView(int number, LocalDate firstDay, LocalDate lastDay, BigDecimal amount) {
    }

    static ServiceContractView of(ServiceContract c) {
        return new ServiceContractView(c.id(), c.vendor().id(), c.vendor().name(), c.name(),
                new ServiceContractDto.Period(c.serviceStart(), c.serviceEnd()), c.total(), c.monthlyFee(),
                c.installments().stream().map(i -> new InstallmentView(i.number(), i.firstDay(), i.lastDay(), i.amount()))
                        .toList(), c.version());
    }
}
