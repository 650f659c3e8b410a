package org.redress.notifications.delivery;

import java.util.UUID;

/**
 * A rendered email, ready to queue: plain text and HTML of the same message. {@code complaintId}
 * names the complaint it is about, if any, so that erasing the complaint erases the email too.
 */
public record Email(String kind, UUID complaintId, String reference, String recipient, String subject, String textBody,
        String htmlBody) {
}
