package org.redress.complaints.complaint;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.ComplaintsConfig;
import org.redress.platform.outbox.Outbox;

/**
 * Asks notifications-service to email a complainant, with a {@code notification.requested} event
 * written in the caller's transaction. These events go to their own address, read only by
 * notifications-service, because they carry the complainant's email address and a secret link.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplainantNotices {

    public static final String ADDRESS = "notification-requests";
    public static final String REQUESTED = "notification.requested";

    /** The messages a complainant gets; notifications-service has a template for each, in each language. */
    public enum Kind {
        VERIFICATION("complaint-verification", "/verify/"),
        ACKNOWLEDGEMENT("complaint-acknowledgement", "/status/"),
        STATUS_LINK("complaint-status-link", "/status/");

        final String wireName;
        final String path;

        Kind(String wireName, String path) {
            this.wireName = wireName;
            this.path = path;
        }
    }

    /** The event's data: a contract with notifications-service, fields only ever added. */
    public record Requested(String kind, UUID complaintId, String reference, String recipientEmail,
            String recipientName, String language, String link, String campaignTitle) {
    }

    private final Outbox outbox;
    private final String publicUrl;

    public ComplainantNotices(Outbox outbox, ComplaintsConfig config) {
        this.outbox = outbox;
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
    }

    /** Requests the message {@code kind} about {@code complaint}, whose link opens with {@code token}. */
    public void request(Kind kind, Complaint complaint, String token, String campaignTitle) {
        String link = publicUrl + kind.path + token + "?lang=" + complaint.language;
        outbox.publish(ADDRESS, REQUESTED, complaint.id.toString(), new Requested(kind.wireName, complaint.id,
                complaint.reference, complaint.email, complaint.name, complaint.language, link, campaignTitle));
    }
}
