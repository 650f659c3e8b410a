package org.redress.notifications.reminder;

import java.util.List;

/** One reminder to a staff member, worded in their language: what the text and HTML templates show. */
public record StaffLetter(String language, String subject, String lateNote, String intro, List<Fact> facts,
        String nextSteps, String action, String link, String linkHint, String signature) {

    /** One line of the facts table: the case, the respondent, the step, the end. */
    public record Fact(String label, String value) {
    }
}
