package org.perfportal.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfportal.identity.VerifiedCaller;

/** Sensitive party fields: in full for the tenant admin and finance, masked for every other role. */
class DisclosureTest {

    private static final PartyDetails CONTACT = new PartyDetails("张工", "13812345678");

    @Test
    void theTenantAdminAndFinanceSeeEverythingInFull() {
        for (String role : Disclosure.IN_FULL) {
            Disclosure disclosure = Disclosure.to(caller(role));
            assertEquals(CONTACT, disclosure.contact(CONTACT), role);
            assertEquals("91411100MA44X1234X", disclosure.creditCode("91411100MA44X1234X"), role);
        }
    }

    @Test
    void everyOtherRoleSeesPhoneAndCreditCodeMasked() {
        for (String role : Set.of("assessor", "approver", "vendor", "unit", "auditor")) {
            Disclosure disclosure = Disclosure.to(caller(role));
            assertEquals(new PartyDetails("张工", "138****5678"), disclosure.contact(CONTACT), role);
            assertEquals("9141**********234X", disclosure.creditCode("91411100MA44X1234X"), role);
        }
        Disclosure masked = Disclosure.to(caller("auditor"));
        assertEquals("039*****4567", masked.phone("0395-1234567"));
        assertEquals("*****", masked.phone("12345"), "too short to keep anything");
        assertNull(masked.phone(null));
        assertNull(masked.creditCode(null));
        assertNull(masked.contact(null));
    }

    @Test
    void aCallerWithSeveralRolesSeesWhatTheStrongestAllows() {
        assertEquals("13812345678", Disclosure.to(new VerifiedCaller("luohe", "u", "x", Set.of("auditor", "finance"), null))
                .phone("13812345678"));
    }

    private static VerifiedCaller caller(String role) {
        return new VerifiedCaller("luohe", "u-" + role, role, Set.of(role), role.equals("unit") ? 4L : null);
    }
}
