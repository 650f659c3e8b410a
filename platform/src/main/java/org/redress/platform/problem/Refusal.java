package org.redress.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A request Redress refuses, in the words of the rule that refused it. Services and rule books throw
 * refusals and know nothing of HTTP; {@link ProblemMappers} answers each with its RFC 9457 problem
 * document ({@link #body()}, {@link #status()}), and pages catch them to show the form again with the
 * reason beside the fields or above the form. The transaction a refusal leaves is rolled back, so
 * nothing is half-saved.
 *
 * <ul>
 * <li>{@link InvalidInputException} — 400, bad fields, each named with what is wrong with it;</li>
 * <li>{@link NotAllowed} — 400, a well-formed request that never fits what it names;</li>
 * <li>{@link NotFound} — 404, nothing with that name or id;</li>
 * <li>{@link Conflict} — 409, not in the state the thing is in now (closed, changed meanwhile), with
 * that state where the client can use it;</li>
 * <li>{@link VersionRequired} — 428, an edit that does not say which version it was based on.</li>
 * </ul>
 */
public abstract sealed class Refusal extends RuntimeException
        permits InvalidInputException, Refusal.NotAllowed, Refusal.NotFound, Refusal.Conflict, Refusal.VersionRequired {

    protected Refusal(String message) {
        super(message);
    }

    /** The HTTP status the refusal is answered with. */
    public abstract int status();

    /** The problem document the refusal is answered with (serialised as {@code application/problem+json}). */
    public abstract Object body();

    /** The refusal's sentence for a person: the problem's {@code detail}, after its title where that says more. */
    public abstract String detail();

    /** The bad fields, each with what is wrong with it (none for a refusal of the whole request). */
    public List<Problem.FieldError> fieldErrors() {
        return List.of();
    }

    /** 404 with the problem's detail. */
    public static NotFound notFound(String detail) {
        return new NotFound(detail);
    }

    /** 409 with a detail only ({@code about:blank}, "Conflict"). */
    public static Conflict conflict(String detail) {
        return new Conflict("about:blank", "Conflict", detail, null);
    }

    /** 400: the request is well formed, but asks for something that never fits what it names. */
    public static final class NotAllowed extends Refusal {

        private final Problem problem;

        public NotAllowed(String type, String title, String detail) {
            super(detail);
            this.problem = new Problem(type, title, 400, detail, List.of());
        }

        @Override
        public int status() {
            return 400;
        }

        @Override
        public Problem body() {
            return problem;
        }

        @Override
        public String detail() {
            return problem.detail();
        }
    }

    /** 404: nothing with the name or id the request gave. */
    public static final class NotFound extends Refusal {

        private final Problem problem;

        public NotFound(String detail) {
            super(detail);
            this.problem = new Problem("about:blank", "Not Found", 404, detail, List.of());
        }

        @Override
        public int status() {
            return 404;
        }

        @Override
        public Problem body() {
            return problem;
        }

        @Override
        public String detail() {
            return problem.detail();
        }
    }

    /**
     * 409: the change does not fit the state the thing is in now. {@code current} is that state (e.g. the
     * stored version of what the client edited), or null.
     */
    public static final class Conflict extends Refusal {

        /** The problem document of a conflict, with the current state of what the client tried to change. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Body(String type, String title, int status, String detail, Object current) {
        }

        private final Body body;

        public Conflict(String type, String title, String detail, Object current) {
            super(detail);
            this.body = new Body(type, title, 409, detail, current);
        }

        @Override
        public int status() {
            return 409;
        }

        @Override
        public Body body() {
            return body;
        }

        /** The title and the detail, as one message (a page shows it above the form). */
        @Override
        public String detail() {
            return "Conflict".equals(body.title()) ? body.detail() : body.title() + ". " + body.detail();
        }

        public String type() {
            return body.type();
        }
    }

    /** 428: an edit must say which version it was based on, so that concurrent edits do not overwrite each other. */
    public static final class VersionRequired extends Refusal {

        private static final Problem PROBLEM = new Problem("about:blank", "Precondition Required", 428,
                "Send the version you edited, in an If-Match header or a version field, so that concurrent edits"
                        + " do not overwrite each other.", List.of());

        public VersionRequired() {
            super(PROBLEM.detail());
        }

        @Override
        public int status() {
            return 428;
        }

        @Override
        public Problem body() {
            return PROBLEM;
        }

        @Override
        public String detail() {
            return PROBLEM.detail();
        }
    }
}
