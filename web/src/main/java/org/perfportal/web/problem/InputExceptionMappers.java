package org.perfportal.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Malformed or invalid requests, and JAX-RS' own errors, as problem details. */
public final class InputExceptionMappers {

    private static final Logger LOG = Logger.getLogger(InputExceptionMappers.class.getName());

    private InputExceptionMappers() {
    }

    /** Bean Validation on request bodies and parameters: every violated field is named. */
    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            Problem.FieldError first = errors.get(0);
            return Problem.response(Response.Status.BAD_REQUEST, first.field() + ": " + first.message(), first.field(), errors);
        }

        /**
         * {@code create.body.contact.name} → {@code contact.name}: the caller knows its JSON,
         * not our method names; a missing body is {@code body}.
         */
        private static String fieldOf(ConstraintViolation<?> violation) {
            StringBuilder properties = new StringBuilder();
            String parameter = "body";
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    parameter = node.getName();
                } else if (node.getKind() == ElementKind.PROPERTY) {
                    properties.append(properties.isEmpty() ? "" : ".").append(node.getName());
                }
            }
            return properties.isEmpty() ? parameter : properties.toString();
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "the request body is not valid JSON for this resource: "
                    + rootMessage(e), JsonBinding.fieldOf(e));
        }
    }

    @Provider
    public static class UnparsableJson implements ExceptionMapper<JsonParsingException> {
        @Override
        public Response toResponse(JsonParsingException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "the request body is not valid JSON: " + e.getMessage(), "body");
        }
    }

    /** Jersey wraps body-reading failures (malformed JSON among them) in a ProcessingException. */
    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "the request body could not be read: " + rootMessage(e),
                    e.getCause() instanceof JsonbException ? JsonBinding.fieldOf(e.getCause()) : "body");
        }
    }

    /** 404 for unknown paths, 405, 415 … keep their status, in the problem shape. */
    @Provider
    public static class JaxRs implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String field = e.getCause() instanceof JsonbException ? JsonBinding.fieldOf(e.getCause())
                    : e.getCause() instanceof JsonParsingException ? "body" : null;
            return Problem.response(status, e.getCause() != null ? rootMessage(e) : e.getMessage(), field);
        }
    }

    /** Anything unforeseen: logged with its trace, answered without it. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause != cause.getCause()) {
                cause = cause.getCause();
                if (cause instanceof jakarta.persistence.OptimisticLockException) {
                    return Problem.response(Response.Status.CONFLICT,
                            "the record was changed by someone else at the same time; reload and retry", "version");
                }
            }
            LOG.log(Level.SEVERE, "unexpected error", e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "an unexpected error occurred; it has been logged", null);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
