package org.perfportal.contract;

import org.perfportal.shared.ConflictException;

/**
 * Checks shared by vendors and using units: a party's name is unique within its tenant, and
 * an edit must start from the version the editor saw (optimistic locking, 乐观锁).
 */
final class PartyRules {

    private PartyRules() {
    }

    static void requireUnusedName(boolean taken, String name) {
        if (taken) {
            throw new ConflictException("name", "'" + name + "' is already registered in this tenant");
        }
    }

    static void requireVersion(long current, long expected) {
        if (current != expected) {
            throw new ConflictException("version",
                    "the record was changed by someone else (version " + current + ", you edited " + expected + "); reload and retry");
        }
    }
}
