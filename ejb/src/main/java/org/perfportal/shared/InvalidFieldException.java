package org.perfportal.shared;

/** Input a user sent that breaks a domain rule (restored before reported, weights not summing to 90…). */
public class InvalidFieldException extends FieldException {

    public InvalidFieldException(String field, String message) {
        super(field, message);
    }
}
