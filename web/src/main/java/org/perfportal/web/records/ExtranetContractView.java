package org.perfportal.web.records;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.perfportal.records.extranet.ExtranetContract;

/** An operator's contract (运营商合同) as the API answers it, with the vendor's name for reading. */
public record ExtranetContractView(long id, long vendorId, String vendorName, String name, String number,
                                ExtranetContractDto.ServicePeriod servicePeriod, BigDecimal finalPayment,
                                OffsetDateTime createdAt, long version) {

    static ExtranetContractView of(ExtranetContract c) {
        return new ExtranetContractView(c.id(), c.vendor().id(), c.vendor().name(), c.name(), c.number(),
                new ExtranetContractDto.ServicePeriod(c.serviceStart(), c.serviceEnd()), c.finalPayment(), c.createdAt(),
                c.version());
    }
}
