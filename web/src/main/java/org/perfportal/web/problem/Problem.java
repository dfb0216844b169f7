package org.perfportal.web.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}): every 4xx and 5xx answer of
 * the API has this shape, and names the offending {@code field} whenever one is to blame.
 *
 * @param errors every field at fault, when more than one is
 */
public record Problem(String type, String title, int status, String detail, String field, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field at fault and why. */
    public record FieldError(String field, String message) {
    }

    public static Response response(Response.StatusType status, String detail, String field) {
        return response(status, detail, field, List.of());
    }

    public static Response response(Response.StatusType status, String detail, String field, List<FieldError> errors) {
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, field,
                errors.isEmpty() ? null : errors);
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(problem).build();
    }
}
