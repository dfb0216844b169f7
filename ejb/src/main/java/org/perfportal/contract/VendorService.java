package org.perfportal.contract;

import jakarta.ejb.Stateless;

/** Registers and maintains the current tenant's vendors. */
@Stateless
public class VendorService extends PartyRegister<Vendor> {

    public VendorService() {
        super(Vendor.class, "vendor");
    }

    public Vendor register(String name, String creditCode, PartyDetails contact) {
        return add(new Vendor(name, creditCode, contact));
    }

    public Vendor revise(long id, long expectedVersion, String name, String creditCode, PartyDetails contact) {
        return edit(id, expectedVersion, name, vendor -> vendor.revise(name, creditCode, contact));
    }
}
