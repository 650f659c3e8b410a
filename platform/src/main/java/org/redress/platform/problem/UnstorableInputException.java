package org.redress.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right type that Redress still cannot take: text PostgreSQL cannot store, a
 * date outside the range Redress accepts (the platform's {@code input} package checks both). Jackson
 * adds the path of the field as the exception travels up, and the problem mapper answers 400 naming
 * the field with {@link #detail()}.
 */
public class UnstorableInputException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String detail;

    public UnstorableInputException(JsonParser parser, Class<?> type, String detail) {
        super(parser, "A " + type.getSimpleName() + " value " + detail, type);
        this.detail = detail;
    }

    /** What is wrong with the value, to follow the field's name: "contains the character U+0000 …". */
    public String detail() {
        return detail;
    }
}
