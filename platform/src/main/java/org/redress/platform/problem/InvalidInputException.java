package org.redress.platform.problem;

import java.util.List;

/**
 * Bad input: one or more fields, each named with what is wrong with it, whether found by a rule that
 * Bean Validation cannot express (a file's content, a reference to something that does not exist) or
 * by a service's own rule. Answered like a constraint violation: 400 problem+json with one entry per
 * bad field.
 */
public final class InvalidInputException extends Refusal {

    private final transient List<Problem.FieldError> errors;

    public InvalidInputException(List<Problem.FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    /** One bad top-level field of a JSON body or form. */
    public static InvalidInputException field(String field, String detail) {
        return new InvalidInputException(List.of(new Problem.FieldError(field, "#/" + field, detail)));
    }

    /** One bad field, {@code field} a dotted path in the body ({@code period.amount}: {@code #/period/amount}). */
    public static InvalidInputException path(String field, String detail) {
        return new InvalidInputException(List.of(new Problem.FieldError(field, "#/" + field.replace('.', '/'), detail)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    @Override
    public List<Problem.FieldError> fieldErrors() {
        return errors;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public Problem body() {
        return new Problem(ProblemMappers.VALIDATION_TYPE, "Invalid input", 400, ProblemMappers.invalidFields(errors.size()),
                errors);
    }

    @Override
    public String detail() {
        return ProblemMappers.invalidFields(errors.size());
    }
}
