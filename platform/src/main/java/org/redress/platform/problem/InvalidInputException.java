package org.redress.platform.problem;

import java.util.List;

/**
 * Bad input found by a rule that Bean Validation cannot express (a file's content, a reference to
 * something that does not exist). Answered like a constraint violation: 400 problem+json with one
 * entry per bad field.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidInputException(List<Problem.FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    /** One bad top-level field of a JSON body or form. */
    public static InvalidInputException field(String field, String detail) {
        return new InvalidInputException(List.of(new Problem.FieldError(field, "#/" + field, detail)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
