package org.perfportal.shared;

/**
 * A record that does not exist for the caller's tenant. Another tenant's record is
 * indistinguishable from a missing one: the persistence layer never returns it.
 */
public class RecordNotFoundException extends FieldException {

    public RecordNotFoundException(String field, String message) {
        super(field, message);
    }
}
