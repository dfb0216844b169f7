package org.perfportal.shared;

/**
 * A record of the caller's own tenant that the caller's role may not see or change: another
 * unit's indicator detail, another unit's self-assessment. Answered with 403 naming the field
 * (e.g. {@code unitId}), never with the record.
 */
public class ForbiddenException extends FieldException {

    public ForbiddenException(String field, String message) {
        super(field, message);
    }
}
