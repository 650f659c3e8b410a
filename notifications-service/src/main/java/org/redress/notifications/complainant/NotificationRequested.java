package org.redress.notifications.complainant;

import java.util.UUID;

/**
 * The data of a {@code notification.requested} event: complaints-service asks for one message to a
 * complainant. The only event that carries a complainant's email address, on an address that only
 * notifications-service reads.
 */
public record NotificationRequested(String kind, UUID complaintId, String reference, String recipientEmail,
        String recipientName, String language, String link, String campaignTitle) {

    public static final String TYPE = "notification.requested";
}
