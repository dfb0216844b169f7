package org.perfportal.contract;

import java.util.Set;
import org.perfportal.identity.Role;
import org.perfportal.identity.VerifiedCaller;

/**
 * What a caller may see of a party's sensitive fields (敏感信息脱敏): contact phone numbers and the
 * unified social credit code (统一社会信用代码, the taxpayer id). The tenant admin, who maintains the
 * parties, and finance, who pays them, see them in full; every other role sees them masked like
 * {@code 138****5678} — enough to recognise a number, not to use it.
 *
 * <p>Why here and not in the API layer: which role needs which field is a rule of the domain, the
 * same for every way the data leaves the portal; the API only applies it when it maps to DTOs.
 */
public final class Disclosure {

    /** The roles that see sensitive fields in full. */
    public static final Set<String> IN_FULL = Set.of(Role.TENANT_ADMIN, Role.FINANCE);

    private static final Disclosure FULL = new Disclosure(true);
    private static final Disclosure MASKED = new Disclosure(false);

    private final boolean full;

    private Disclosure(boolean full) {
        this.full = full;
    }

    /** What {@code caller} may see. */
    public static Disclosure to(VerifiedCaller caller) {
        return caller.roles().stream().anyMatch(IN_FULL::contains) ? FULL : MASKED;
    }

    public boolean inFull() {
        return full;
    }

    /** The contact with its phone number masked unless seen in full; the person's name is not sensitive. */
    public PartyDetails contact(PartyDetails contact) {
        return full || contact == null ? contact : new PartyDetails(contact.contactPerson(), phone(contact.contactPhone()));
    }

    /** {@code 13812345678} → {@code 138****5678}: the first 3 and last 4 characters kept. */
    public String phone(String phone) {
        return full ? phone : mask(phone, 3, 4);
    }

    /** {@code 91411100MA44X1234X} → {@code 9141**********234X}: the first 4 and last 4 characters kept. */
    public String creditCode(String code) {
        return full ? code : mask(code, 4, 4);
    }

    static String mask(String value, int keepStart, int keepEnd) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int length = value.length();
        if (length <= keepStart + keepEnd) {
            return "*".repeat(length);
        }
        return value.substring(0, keepStart) + "*".repeat(length - keepStart - keepEnd) + value.substring(length - keepEnd);
    }
}
