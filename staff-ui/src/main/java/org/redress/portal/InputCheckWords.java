package org.redress.portal;

import org.redress.platform.input.InputDates;
import org.redress.platform.input.InputText;
import org.redress.platform.problem.ProblemMappers;

/**
 * The refusals of platform's input checks (text that cannot be stored, a date out of range, a value
 * the database refused), which reach the error page in English, said again in the staff member's
 * language. Anything else is shown as the service said it.
 */
final class InputCheckWords {

    private InputCheckWords() {
    }

    /** A bad field's detail in the page's words. */
    static String field(String detail, PortalMessages text) {
        if (detail == null) {
            return null;
        }
        if (detail.equals(InputText.NUL)) {
            return text.input_nul();
        }
        if (detail.startsWith(InputText.LONE_SURROGATE) && detail.endsWith(")")) {
            return text.input_lone_surrogate(detail.substring(InputText.LONE_SURROGATE.length(), detail.length() - 1));
        }
        if (detail.equals(InputDates.OUT_OF_RANGE)) {
            return text.input_date_range(InputDates.FIRST.toString(), InputDates.LAST.toString());
        }
        return detail;
    }

    /** A problem's detail in the page's words, when it is one of the input checks'. */
    static String problem(String detail, int fieldCount, PortalMessages text) {
        if (detail == null) {
            return null;
        }
        if (detail.equals(ProblemMappers.UNSTORABLE)) {
            return text.input_unstorable();
        }
        if (fieldCount > 0 && detail.equals(ProblemMappers.invalidFields(fieldCount))) {
            return fieldCount == 1 ? text.input_one_field() : text.input_fields(fieldCount);
        }
        return detail;
    }
}
