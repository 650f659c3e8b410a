package org.redress.notifications.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.redress.platform.sql.SqlTimestamps;

/**
 * An email claimed for one SMTP hand-off: what goes to the server, what the outcome event names, which
 * attempt this is, and until when transient failures are retried ({@code null} before the first one).
 */
record Claimed(UUID id, String messageId, String kind, String reference, UUID reminderId, String recipient, String subject,
        String textBody, String htmlBody, int attempt, Instant retryUntil, String sender, String replyTo, int attachmentCount,
        List<Attachment> attachments) {

    static Claimed of(Delivery delivery) {
        return new Claimed(delivery.id, delivery.messageId, delivery.kind, delivery.reference, delivery.reminderId,
                delivery.recipient, delivery.subject, delivery.textBody, delivery.htmlBody, delivery.attempts,
                delivery.retryUntil == null ? null : delivery.retryUntil.toInstant(), delivery.sender, delivery.replyTo,
                delivery.attachmentCount, List.of());
    }

    /** A row of {@link DeliveryClaims}' claim: the columns in the order of this record's components, attachments still to load. */
    static Claimed of(Object[] row) {
        return new Claimed((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (UUID) row[4],
                (String) row[5], (String) row[6], (String) row[7], (String) row[8], ((Number) row[9]).intValue(),
                SqlTimestamps.instant(row[10]), (String) row[11], (String) row[12], ((Number) row[13]).intValue(), List.of());
    }

    /** The same email with its attachments loaded. */
    Claimed with(List<Attachment> loaded) {
        return new Claimed(id, messageId, kind, reference, reminderId, recipient, subject, textBody, htmlBody, attempt, retryUntil,
                sender, replyTo, attachmentCount, List.copyOf(loaded));
    }

    /** Every address it goes to ({@code recipient} may name several, comma-separated). */
    List<String> recipients() {
        return java.util.Arrays.stream(recipient.split(",")).map(String::strip).filter(to -> !to.isEmpty()).toList();
    }
}
