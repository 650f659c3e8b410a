package org.redress.notifications.complaint;

import java.util.UUID;

/** The data of a {@code complaint.erased} event: the complainant erased their complaint, or it expired unconfirmed. */
public record ComplaintErased(UUID complaintId, String reference, long version) {

    public static final String TYPE = "complaint.erased";
}
