package org.redress.notifications.delivery;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of {@code notification.sent} and {@code notification.failed}, on {@link #ADDRESS}: what
 * became of one email, for the case timeline. Never the recipient's address. {@code caseReference}
 * for staff reminders and formal notices, {@code complaintReference} for complainant messages; {@code error} (the
 * server's answer) only when it failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationOutcome(UUID deliveryId, String kind, String caseReference, String complaintReference,
        UUID reminderId, String messageId, Instant at, String error) {

    public static final String ADDRESS = "notification-events";
    public static final String SENT = "notification.sent";
    public static final String FAILED = "notification.failed";

    static NotificationOutcome of(Delivery delivery, Instant at) {
        return of(Claimed.of(delivery), delivery.status == Delivery.Status.FAILED ? delivery.lastError : null, at);
    }

    /** What became of {@code email}: sent when {@code error} is null, failed with the server's answer otherwise. */
    static NotificationOutcome of(Claimed email, String error, Instant at) {
        boolean aboutCase = email.reminderId() != null || Delivery.FORMAL_NOTICE.equals(email.kind());
        return new NotificationOutcome(email.id(), email.kind(), aboutCase ? email.reference() : null,
                aboutCase ? null : email.reference(), email.reminderId(), email.messageId(), at,
                withoutRecipient(error, email.recipient()));
    }

    /** The server's answer often quotes the address it refused: it is cut out, each of several (comma-separated). */
    static String withoutRecipient(String error, String recipient) {
        if (error == null || recipient == null || recipient.isEmpty()) {
            return error;
        }
        String cut = error;
        for (String address : recipient.split(",")) {
            if (!address.isBlank()) {
                cut = cut.replaceAll("(?i)" + java.util.regex.Pattern.quote(address.strip()), "(recipient)");
            }
        }
        return cut;
    }
}
