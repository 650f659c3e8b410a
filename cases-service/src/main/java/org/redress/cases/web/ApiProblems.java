package org.redress.cases.web;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.redress.platform.problem.Problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The problem+json answers of the staff API, as exceptions that carry their response: the
 * platform's mapper passes a response with a body through unchanged, and the transaction they leave
 * is rolled back, so nothing is half-saved.
 */
public final class ApiProblems {

    public static final String INVALID_INPUT = "https://redress.example/problems/invalid-input";
    public static final String CASE_CLOSED = "https://redress.example/problems/case-closed";
    public static final String STALE_VERSION = "https://redress.example/problems/stale-version";
    public static final String NOT_ALLOWED_NOW = "https://redress.example/problems/not-allowed-now";
    public static final String NOT_ALLOWED_FOR_KIND = "https://redress.example/problems/not-allowed-for-kind";

    private ApiProblems() {
    }

    /** A problem that also carries the current state of what the client tried to change. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConflictProblem(String type, String title, int status, String detail, Object current) {
    }

    public static WebApplicationException notFound(String detail) {
        return new WebApplicationException(Problem.of(Response.Status.NOT_FOUND, detail).toResponse());
    }

    /** One bad field, named as in the request body. */
    public static WebApplicationException invalid(String field, String detail) {
        return invalid(List.of(new Problem.FieldError(field, "#/" + field.replace('.', '/'), detail)));
    }

    public static WebApplicationException invalid(List<Problem.FieldError> errors) {
        return new WebApplicationException(new Problem(INVALID_INPUT, "Invalid input", 400,
                errors.size() == 1 ? "One field is not valid." : errors.size() + " fields are not valid.", errors)
                .toResponse());
    }

    /** 400: the request is well formed, but asks for something that never fits what it names. */
    public static WebApplicationException notAllowed(String type, String title, String detail) {
        return new WebApplicationException(new Problem(type, title, 400, detail, List.of()).toResponse());
    }

    /** 409: the change cannot be made in the state the case or deadline is in. */
    public static WebApplicationException conflict(String type, String title, String detail, Object current) {
        return new WebApplicationException(Response.status(Response.Status.CONFLICT)
                .type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(new ConflictProblem(type, title, 409, detail, current))
                .build());
    }

    /** 409 for a save based on an older version than the stored one, with the stored state. */
    public static WebApplicationException stale(long sent, long current, Object state) {
        return conflict(STALE_VERSION, "Edited by someone else",
                "You edited version " + sent + ", but it has been changed since and is now at version " + current
                        + ". Your changes were not saved: review the current state below and apply them again.",
                state);
    }

    /** 428: an edit must say which version it was based on. */
    public static WebApplicationException versionRequired() {
        return new WebApplicationException(new Problem("about:blank", "Precondition Required", 428,
                "Send the version you edited, in an If-Match header or a version field, so that concurrent edits"
                        + " do not overwrite each other.", List.of()).toResponse());
    }
}
