package org.perfportal.shared;

import java.sql.SQLException;

/**
 * Recognises a unique-key violation (PostgreSQL SQLSTATE 23505) in the exception a flush throws.
 * A "is the name taken?" query cannot see a concurrent transaction's uncommitted row, so two
 * simultaneous requests both pass it; the database's unique key is what decides, and the loser
 * must hear 409 naming its field, not 500.
 */
public final class UniqueKeyViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeyViolation() {
    }

    /** Whether {@code failure} or one of its causes is a unique-key violation. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
