package org.perfportal.shared;

/**
 * The caller has the right role but acts for someone else: a using unit confirming another
 * unit's fault or rating the vendor in another unit's name. Answered 403, naming the field that
 * points at the other party.
 */
public class NotYoursException extends FieldException {

    public NotYoursException(String field, String message) {
        super(field, message);
    }
}
