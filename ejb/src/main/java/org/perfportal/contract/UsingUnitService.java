package org.perfportal.contract;

import jakarta.ejb.Stateless;

/** Registers and maintains the current tenant's using units. */
@Stateless
public class UsingUnitService extends PartyRegister<UsingUnit> {

    public UsingUnitService() {
        super(UsingUnit.class, "using unit");
    }

    public UsingUnit register(String name, UnitKind kind, PartyDetails contact) {
        return add(new UsingUnit(name, kind, contact));
    }

    public UsingUnit revise(long id, long expectedVersion, String name, UnitKind kind, PartyDetails contact) {
        return edit(id, expectedVersion, name, unit -> unit.revise(name, kind, contact));
    }
}
