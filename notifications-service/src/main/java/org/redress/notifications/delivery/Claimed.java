package org.redress.notifications.delivery;

import java.time.Instant;
import java.util.UUID;

import org.redress.platform.sql.SqlTimestamps;

/**
 * An email claimed for one SMTP hand-off: what goes to the server, what the outcome event names, which
 * attempt this is, and until when transient failures are retried ({@code null} before the first one).
 */
record Claimed(UUID id, String messageId, String kind, String reference, UUID reminderId, String recipient, String subject,
        String textBody, String htmlBody, int attempt, Instant retryUntil) {

    static Claimed of(Delivery delivery) {
        return new Claimed(delivery.id, delivery.messageId, delivery.kind, delivery.reference, delivery.reminderId,
                delivery.recipient, delivery.subject, delivery.textBody, delivery.htmlBody, delivery.attempts,
                delivery.retryUntil == null ? null : delivery.retryUntil.toInstant());
    }

    /** A row of {@link DeliveryClaims}' claim: the columns in the order of this record's components. */
    static Claimed of(Object[] row) {
        return new Claimed((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (UUID) row[4],
                (String) row[5], (String) row[6], (String) row[7], (String) row[8], ((Number) row[9]).intValue(),
                SqlTimestamps.instant(row[10]));
    }
}
