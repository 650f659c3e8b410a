package org.redress.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details document. {@code errors} follows the RFC's own example: one entry
 * per bad field, with a JSON pointer into the request body and a message a person can act on.
 * {@code instance} names this occurrence where it matters: the reference of an unexpected error, which
 * the log line of its stack trace carries too.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, String instance) {

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad field: {@code field} is its name, {@code pointer} locates it in the body. */
    public record FieldError(String field, String pointer, String detail) {
    }

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
