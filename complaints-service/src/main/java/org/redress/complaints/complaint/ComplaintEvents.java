package org.redress.complaints.complaint;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The events complaints-service publishes about complaints, and what they carry. */
public final class ComplaintEvents {

    public static final String ADDRESS = "complaint-events";
    public static final String SUBMITTED = "complaint.submitted";

    private ComplaintEvents() {
    }

    /**
     * {@code complaint.submitted}. Carries the complainant's name, email and language because
     * notifications-service needs them to acknowledge the complaint, and nothing else personal;
     * country, category and organisation (null when typed in) are for statistics and routing.
     * Fields are only ever added, so older consumers keep reading it.
     */
    public record Submitted(UUID complaintId, String reference, long version, String name, String email,
            String language, String company, OffsetDateTime submittedAt, String country, Category category,
            UUID organisationId) {
    }
}
