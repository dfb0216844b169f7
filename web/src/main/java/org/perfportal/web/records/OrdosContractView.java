package org.perfportal.web.records;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.perfportal.records.ordos.OrdosContract;

/** An operator's contract (运营商合同) as the API answers it, with the vendor's name for reading. */
public record OrdosContractView(long id, long vendorId, String vendorName, String name, String number,
                                OrdosContractDto.ServicePeriod servicePeriod, BigDecimal finalPayment,
                                OffsetDateTime createdAt, long version) {

    static OrdosContractView of(OrdosContract c) {
        return new OrdosContractView(c.id(), c.vendor().id(), c.vendor().name(), c.name(), c.number(),
                new OrdosContractDto.ServicePeriod(c.serviceStart(), c.serviceEnd()), c.finalPayment(), c.createdAt(),
                c.version());
    }
}
