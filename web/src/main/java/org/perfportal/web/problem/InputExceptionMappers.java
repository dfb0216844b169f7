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

    /**
     * A body that is not JSON, or JSON of the wrong shape: the field is named, the parser's own words
     * (which name Java types and echo input) are not; only a refusal of ours ({@link JsonBinding.RefusedValue},
     * e.g. an unknown enum constant with the allowed ones) is passed on.
     */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return bodyProblem(e);
        }
    }

    @Provider
    public static class UnparsableJson implements ExceptionMapper<JsonParsingException> {
        @Override
        public Response toResponse(JsonParsingException e) {
            return bodyProblem(e);
        }
    }

    /** Jersey wraps body-reading failures (malformed JSON among them) in a ProcessingException. */
    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return bodyProblem(e);
        }
    }

    /**
     * 404 for unknown paths and unparsable path or query parameters, 405, 406, 415 … keep their status,
     * in the problem shape, with a detail of ours: a parameter's parse failure (a
     * {@code NumberFormatException} inside Jersey's) is not echoed.
     */
    @Provider
    public static class JaxRs implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (bodyFailure(e) != null) {
                return bodyProblem(e);
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = switch (status.getStatusCode()) {
                case 404 -> "nothing here: the path does not exist, or one of its parameters is not valid";
                case 405 -> "this method is not allowed here" + allowed(e.getResponse());
                case 406 -> "no representation in an accepted media type";
                case 415 -> "this media type is not accepted here";
                case 400 -> "the request is not valid: a parameter or the body could not be read";
                default -> status.getReasonPhrase();
            };
            Response problem = Problem.response(status, detail, null);
            String allow = e.getResponse().getHeaderString("Allow");
            return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
        }

        private static String allowed(Response response) {
            String allow = response.getHeaderString("Allow");
            return allow == null ? "" : "; allowed: " + allow;
        }
    }

    /** Anything unforeseen: logged with its trace, answered without it. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause != cause.getCause()) {
                cause = cause.getCause();
                if (cause instanceof jakarta.persistence.OptimisticLockException) {
                    return Problem.response(Response.Status.CONFLICT,
                            "the record was changed by someone else at the same time; reload and retry", "version");
                }
                // SQLSTATE class 22 (data exception): a value the database cannot store — a NUL character,
                // a number beyond its column's precision, a text too long. The request is at fault, not the
                // server; the transaction has been rolled back. Logged all the same: a missing validation.
                if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                    LOG.log(Level.WARNING, "a request value the database refused (SQLSTATE " + sql.getSQLState() + ")", e);
                    return Problem.response(Response.Status.BAD_REQUEST,
                            "a value of the request cannot be stored: out of range, too long or with a character not allowed", null);
                }
            }
            LOG.log(Level.SEVERE, "unexpected error", e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "an unexpected error occurred; it has been logged", null);
        }
    }

    /** 400 naming the body's field at fault, with our own words (or a refusal of ours) only. */
    static Response bodyProblem(Throwable e) {
        Throwable json = bodyFailure(e);
        String field = json instanceof JsonbException ? JsonBinding.fieldOf(json) : "body";
        JsonBinding.RefusedValue refused = causeOf(e, JsonBinding.RefusedValue.class);
        String detail = refused != null ? field + ": " + refused.getMessage()
                : field.equals("body") ? "the request body is not valid JSON for this resource"
                : field + ": not a valid value of this field (wrong type or format)";
        return Problem.response(Response.Status.BAD_REQUEST, detail, field);
    }

    /** The JSON-B or JSON-P failure inside {@code e} (or {@code e} itself), null when there is none. */
    static Throwable bodyFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException || t instanceof jakarta.json.JsonException) {
                return t;
            }
        }
        return e instanceof ProcessingException ? e : null;
    }

    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
