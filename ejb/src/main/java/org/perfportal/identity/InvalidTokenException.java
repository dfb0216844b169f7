package org.perfportal.identity;

/** A bearer token that is missing, malformed, forged, expired or from another realm. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message) {
        super(message);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
