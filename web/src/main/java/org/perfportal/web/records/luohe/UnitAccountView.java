package org.perfportal.web.records.luohe;

import org.perfportal.records.luohe.LuoheUnitAccount;

/** A unit login and the unit it acts for. */
public record UnitAccountView(String username, long unitId, String unit) {

    static UnitAccountView of(LuoheUnitAccount a) {
        return new UnitAccountView(a.username(), a.unit().id(), a.unit().name());
    }
}
