package org.perfportal.shared;

/**
 * The request is well-formed but collides with the current state: a stale version in a
 * concurrent edit, a name already taken within the tenant, a record no longer editable.
 */
public class ConflictException extends FieldException {

    public ConflictException(String field, String message) {
        super(field, message);
    }
}
