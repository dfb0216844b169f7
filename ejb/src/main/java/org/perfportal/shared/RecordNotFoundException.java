package org.perfportal.shared;

import jakarta.ejb.ApplicationException;

/**
 * A record that does not exist for the caller's tenant. Another tenant's record is
 * indistinguishable from a missing one: the persistence layer never returns it.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    private final String field;

    public RecordNotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
