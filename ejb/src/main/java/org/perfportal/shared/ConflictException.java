package org.perfportal.shared;

import jakarta.ejb.ApplicationException;

/**
 * The request is well-formed but collides with the current state: a stale version in a
 * concurrent edit, or a name already taken within the tenant.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
