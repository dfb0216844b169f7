package org.perfportal.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.FieldException;
import org.perfportal.shared.NotYoursException;
import org.perfportal.shared.PayloadTooLargeException;
import org.perfportal.shared.RecordNotFoundException;

/** The domain's refusals, each to its status, naming the field at fault. */
@Provider
public class FieldExceptionMapper implements ExceptionMapper<FieldException> {

    @Override
    public Response toResponse(FieldException e) {
        Response.Status status = e instanceof RecordNotFoundException ? Response.Status.NOT_FOUND
                : e instanceof ConflictException ? Response.Status.CONFLICT
                : e instanceof PayloadTooLargeException ? Response.Status.REQUEST_ENTITY_TOO_LARGE
                : e instanceof NotYoursException ? Response.Status.FORBIDDEN
                : Response.Status.BAD_REQUEST;
        return Problem.response(status, e.getMessage(), e.field());
    }
}
