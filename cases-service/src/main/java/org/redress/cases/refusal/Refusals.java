package org.redress.cases.refusal;

import java.util.List;

import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Problem;
import org.redress.platform.problem.Refusal;

/**
 * How cases-service refuses a request, in platform's vocabulary ({@link Refusal}): thrown by its services
 * and rule books, answered as problem+json by platform's mapper, caught by its pages to show the form
 * again. The problem types below are cases-service's own.
 */
public final class Refusals {

    public static final String CASE_CLOSED = "https://redress.example/problems/case-closed";
    public static final String STALE_VERSION = "https://redress.example/problems/stale-version";
    public static final String NOT_ALLOWED_NOW = "https://redress.example/problems/not-allowed-now";
    public static final String NOT_ALLOWED_FOR_KIND = "https://redress.example/problems/not-allowed-for-kind";

    private Refusals() {
    }

    public static Refusal.NotFound notFound(String detail) {
        return Refusal.notFound(detail);
    }

    /** One bad field, named as in the request body (a dotted path for a nested one). */
    public static InvalidInputException invalid(String field, String detail) {
        return InvalidInputException.path(field, detail);
    }

    public static InvalidInputException invalid(List<Problem.FieldError> errors) {
        return new InvalidInputException(errors);
    }

    /** 400: the request is well formed, but asks for something that never fits what it names. */
    public static Refusal.NotAllowed notAllowed(String type, String title, String detail) {
        return new Refusal.NotAllowed(type, title, detail);
    }

    /** 409: the change cannot be made in the state the case or deadline is in; {@code current} is that state. */
    public static Refusal.Conflict conflict(String type, String title, String detail, Object current) {
        return new Refusal.Conflict(type, title, detail, current);
    }

    /** 409 for a save based on an older version than the stored one, with the stored state. */
    public static Refusal.Conflict stale(long sent, long current, Object state) {
        return conflict(STALE_VERSION, "Edited by someone else",
                "You edited version " + sent + ", but it has been changed since and is now at version " + current
                        + ". Your changes were not saved: review the current state below and apply them again.",
                state);
    }

    /** 428: an edit must say which version it was based on. */
    public static Refusal.VersionRequired versionRequired() {
        return new Refusal.VersionRequired();
    }
}
