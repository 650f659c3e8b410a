package org.redress.notifications.delivery;

/** A rendered email, ready to queue: plain text and HTML of the same message. */
public record Email(String kind, String reference, String recipient, String subject, String textBody, String htmlBody) {
}
