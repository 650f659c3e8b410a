package org.redress.notifications.digest;

import java.util.List;

/**
 * One staff member's digest, worded in their language: what the text and HTML templates show
 * ({@code lateNote} only when it comes late).
 */
public record DigestLetter(String language, String subject, String lateNote, String intro, List<Section> sections,
        String why, String signature) {

    /** Overdue, due today or due this week: at most the configured number of deadlines, then how many more. */
    public record Section(String title, int count, List<Item> items, String more) {
    }

    /** One deadline: its case (linked to the case page), the respondent and kind, and when it ends. */
    public record Item(String caseReference, String caseTitle, String about, String when, String link) {
    }
}
