package org.redress.portal;

import java.util.List;

import org.redress.platform.problem.Problem;

/**
 * What the portal's error page says: a title and a sentence a staff member can act on for the status
 * (in their language), the problem's own detail when it has one and each bad field it names (the
 * input checks' own refusals in their language too: {@link InputCheckWords}), the
 * reference of an unexpected error, and the ways back.
 */
public record ErrorView(String title, String explanation, String detail, List<Problem.FieldError> fields,
        String reference, String back, String retry) {

    public static ErrorView of(Problem problem, String back, String retry, PortalMessages text) {
        int status = problem.status();
        String reference = status >= 500 ? problem.instance() : null;
        List<Problem.FieldError> fields = status >= 500 || problem.errors() == null ? List.of()
                : problem.errors().stream().map(error -> new Problem.FieldError(error.field(), error.pointer(),
                        InputCheckWords.field(error.detail(), text))).toList();
        String detail = status >= 500 ? null : InputCheckWords.problem(problem.detail(), fields.size(), text);
        return new ErrorView(title(status, text), explanation(status, text), detail, fields, reference, back, retry);
    }

    static String title(int status, PortalMessages text) {
        return switch (status) {
            case 400 -> text.error_400_title();
            case 403 -> text.error_403_title();
            case 404 -> text.error_404_title();
            case 405, 406, 415 -> text.error_method_title();
            case 409 -> text.error_409_title();
            case 500 -> text.error_500_title();
            case 503 -> text.error_503_title();
            default -> text.error_other_title(status);
        };
    }

    static String explanation(int status, PortalMessages text) {
        return switch (status) {
            case 400 -> text.error_400_text();
            case 403 -> text.error_403_text();
            case 404 -> text.error_404_text();
            case 405, 406, 415 -> text.error_method_text();
            case 409 -> text.error_409_text();
            case 503 -> text.error_503_text();
            default -> status >= 500 ? text.error_500_text() : text.error_other_text();
        };
    }
}
