package org.perfportal.shared;

/**
 * The optimistic-locking check (乐观锁) every editable record shares: an edit must start from
 * the version the editor read, otherwise someone else changed the record in between and the
 * edit is refused with 409 naming {@code version}, rather than silently overwriting theirs.
 */
public final class StaleVersion {

    private StaleVersion() {
    }

    /** Refuses the edit unless {@code expected} is the record's {@code current} version. */
    public static void check(String what, long current, long expected) {
        if (current != expected) {
            throw new ConflictException("version", "the " + what + " was changed by someone else (version "
                    + current + ", you edited " + expected + "); reload and retry");
        }
    }
}
