package org.perfportal.shared;

import jakarta.ejb.ApplicationException;

/**
 * A refusal that names the field at fault, so the caller can point at it. Rolls the transaction
 * back: whatever the request had written is not stored. The web layer chooses the HTTP status
 * by the subclass.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class FieldException extends RuntimeException {

    private final String field;

    protected FieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
