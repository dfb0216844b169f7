package org.perfportal.shared;

/**
 * An upload larger than the portal keeps (a photo over 5 MB): answered 413, naming the field,
 * so the operator knows to shrink that file rather than retry the same request.
 */
public class PayloadTooLargeException extends FieldException {

    public PayloadTooLargeException(String field, String message) {
        super(field, message);
    }
}
