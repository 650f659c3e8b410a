package org.redress.notifications.complaint;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The data of a {@code complaint.submitted} event, as complaints-service publishes it. */
public record ComplaintSubmitted(UUID complaintId, String reference, long version, String name, String email,
        String language, String company, OffsetDateTime submittedAt) {

    public static final String TYPE = "complaint.submitted";
}
