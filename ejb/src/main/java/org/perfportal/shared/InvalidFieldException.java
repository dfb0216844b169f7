package org.perfportal.shared;

import jakarta.ejb.ApplicationException;

/**
 * Input a user sent that breaks a domain rule (restored before reported, a second vendor of
 * the same name…). Names the offending field so the caller can point at it; rolls the
 * transaction back so nothing is stored.
 */
@ApplicationException(rollback = true)
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
