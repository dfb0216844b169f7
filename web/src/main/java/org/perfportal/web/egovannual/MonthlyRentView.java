package org.perfportal.web.egovannual;

import java.math.BigDecimal;
import org.perfportal.records.networkrent.MonthlyRent;

/** A month's dedicated-network rent (月度专网租赁费). */
public record MonthlyRentView(String month, BigDecimal rent, long version) {

    static MonthlyRentView of(MonthlyRent r) {
        return new MonthlyRentView(r.month().toString(), r.rent(), r.version());
    }
}
