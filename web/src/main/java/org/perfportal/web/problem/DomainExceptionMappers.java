package org.perfportal.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.tenant.UnknownTenantException;

/** The domain's own exceptions, each to its status. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {
    }

    @Provider
    public static class InvalidField implements ExceptionMapper<InvalidFieldException> {
        @Override
        public Response toResponse(InvalidFieldException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), e.field());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
        @Override
        public Response toResponse(RecordNotFoundException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage(), e.field());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage(), e.field());
        }
    }

    @Provider
    public static class UnknownTenant implements ExceptionMapper<UnknownTenantException> {
        @Override
        public Response toResponse(UnknownTenantException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage(), "tenant");
        }
    }
}
