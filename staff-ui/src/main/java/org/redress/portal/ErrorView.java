package org.redress.portal;

import org.redress.platform.problem.Problem;

/**
 * What the portal's error page says: a title and a sentence a staff member can act on for the status,
 * the problem's own detail when it has one, the reference of an unexpected error, and the ways back.
 */
public record ErrorView(String title, String explanation, String detail, String reference, String back, String retry) {

    public static ErrorView of(Problem problem, String back, String retry) {
        int status = problem.status();
        String reference = status >= 500 ? problem.instance() : null;
        return new ErrorView(title(status, problem.title()), explanation(status), status >= 500 ? null : problem.detail(),
                reference, back, retry);
    }

    static String title(int status, String fallback) {
        return switch (status) {
            case 400 -> "This request could not be used";
            case 403 -> "You may not open this page";
            case 404 -> "Page not found";
            case 405, 406, 415 -> "This page cannot be opened this way";
            case 409 -> "Someone else changed this first";
            case 500 -> "Something went wrong on our side";
            case 503 -> "Not available right now";
            default -> fallback == null ? "Error " + status : fallback;
        };
    }

    static String explanation(int status) {
        return switch (status) {
            case 400 -> "Something in what was sent is not valid. Go back, check it and send it again.";
            case 403 -> "Your account does not have the role this page needs. Ask whoever runs Redress if you should have it.";
            case 404 -> "There is nothing at this address: it may be mistyped, or what it showed no longer exists.";
            case 405, 406, 415 -> "Open it from a link or a form of Redress instead.";
            case 409 -> "Reload the page to see the latest version, then make your change again.";
            case 503 -> "A part of Redress this page needs does not answer. Try again in a minute.";
            default -> status >= 500 ? "Nothing you did caused this. Try again in a moment."
                    : "This request did not succeed.";
        };
    }
}
