package org.redress.cases.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * The data of notifications-service's {@code notification.sent} and {@code notification.failed}:
 * what became of one email. {@code caseReference} is set for staff reminders about a case;
 * {@code error} (the mail server's answer, without the recipient) only when it failed. Never an
 * email address.
 */
public record NotificationOutcome(UUID deliveryId, String kind, String caseReference, UUID reminderId, String messageId,
        Instant at, String error) {

    public static final String SENT = "notification.sent";
    public static final String FAILED = "notification.failed";
}
