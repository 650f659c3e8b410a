package org.redress.notifications.complainant;

/** One email to a complainant, worded in their language: what the text and HTML templates show. */
public record Letter(String language, String subject, String greeting, String intro, String action, String link,
        String linkHint, String note, String closing, String signature) {
}
