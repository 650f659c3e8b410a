package org.redress.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Maps bad input to {@code application/problem+json}, naming each bad field; HTTP errors and
 * unexpected exceptions become problem documents too (a browser gets them as a page: staff-ui's
 * ErrorPages). An unexpected exception is logged with a reference that its answer carries, and
 * neither its type nor its message reaches the client. Exceptions with mappers of their own
 * (security, optimistic locking) keep them: a mapper of a closer type wins.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    static final String VALIDATION_TYPE = "https://redress.example/problems/invalid-input";
    /** The detail of a refusal by the database of a value it cannot store (a check or a type's range). */
    public static final String UNSTORABLE = "A value in the request cannot be stored: a character, number or date out of range, or text too long.";

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::fieldError)
                .sorted(Comparator.comparing(Problem.FieldError::pointer))
                .toList();
        return invalid(errors);
    }

    /** A refusal of a service or rule book: its own problem document and status. */
    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return answer(refusal);
    }

    /** The answer to a refusal: its problem document with its status. */
    public static Response answer(Refusal refusal) {
        return Response.status(refusal.status()).type(Problem.MEDIA_TYPE).entity(refusal.body()).build();
    }

    private static Response invalid(List<Problem.FieldError> errors) {
        return new Problem(VALIDATION_TYPE, "Invalid input", 400, invalidFields(errors.size()), errors).toResponse();
    }

    /** The detail of a refusal naming {@code count} bad fields. */
    public static String invalidFields(int count) {
        return count == 1 ? "One field is not valid." : count + " fields are not valid.";
    }

    /**
     * A JSON value of the wrong type, or of the right type that cannot be kept
     * ({@link UnstorableInputException}): 400 naming the field by its path in the body.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String pointer = pointer(e);
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (e instanceof UnstorableInputException unstorable) {
            return invalid(List.of(new Problem.FieldError(field, pointer, unstorable.detail())));
        }
        return new Problem(VALIDATION_TYPE, "Invalid input", 400, "A field has the wrong type.",
                List.of(new Problem.FieldError(field, pointer, "has the wrong type")))
                .toResponse();
    }

    /**
     * A body that is not JSON Redress reads: a syntax error, a number beyond its type, nesting or a
     * string beyond Jackson's limits. A value at a known path is named; anything else is the body's.
     */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String pointer = pointer(mapping);
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            return invalid(List.of(new Problem.FieldError(field, pointer, "cannot be read")));
        }
        return Problem.of(Response.Status.BAD_REQUEST, e instanceof JsonParseException ? "The request body is not valid JSON."
                : "The request body goes beyond what Redress reads (nesting, length of a text, size of a number).")
                .toResponse();
    }

    /**
     * HTTP errors raised by the framework (unreadable body, unknown path, wrong method or media
     * type) or by the application (503 with {@code Retry-After}) become problem documents too,
     * keeping the headers of the error's own response ({@code Retry-After}, {@code Allow}); the body
     * reader wraps JSON syntax errors this way. A response that already has an entity is left as it is.
     */
    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        Response response = e.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return mismatched(mismatched);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable);
        }
        Response.StatusType status = response.getStatusInfo();
        Response.ResponseBuilder problem = Response.fromResponse(
                new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), null, List.of()).toResponse());
        response.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }

    /**
     * An unexpected exception, unless the database says what it was ({@link DatabaseFailures}): then
     * 503 with {@code Retry-After} (nothing was committed; send it again) or 400 (a value it cannot
     * store). Otherwise 500 with a reference that the log line of its stack trace carries.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        DatabaseFailures.Kind database = DatabaseFailures.kindOf(e).orElse(null);
        if (database == DatabaseFailures.Kind.UNAVAILABLE) {
            LOG.warnf("The database is unavailable, answered 503: %s", e.toString());
            return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "The database is not reachable for a moment; nothing was changed. Send the request again.")
                    .toResponse()).header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS).build();
        }
        if (database == DatabaseFailures.Kind.BAD_VALUE) {
            LOG.infof("A value the database cannot store, answered 400: %s", e.toString());
            return new Problem(VALIDATION_TYPE, "Invalid input", 400,
                    UNSTORABLE,
                    List.of()).toResponse();
        }
        String reference = "urn:uuid:" + UUID.randomUUID();
        LOG.errorf(e, "Unexpected error, answered 500 with reference %s", reference);
        return new Problem("about:blank", "Internal Server Error", 500,
                "The request failed unexpectedly. The reference identifies it in the service's log.", List.of(), reference)
                .toResponse();
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder("#");
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null) {
                pointer.append('/').append(node.getName());
                field = node.getName();
            }
        }
        return new Problem.FieldError(field, pointer.toString(), violation.getMessage());
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder("#");
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
        }
        return pointer.toString();
    }
}
