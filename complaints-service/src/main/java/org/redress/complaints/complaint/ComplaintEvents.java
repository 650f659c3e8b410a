package org.redress.complaints.complaint;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.redress.complaints.category.Category;

/** The events complaints-service publishes about complaints, and what they carry. */
public final class ComplaintEvents {

    public static final String ADDRESS = "complaint-events";
    public static final String SUBMITTED = "complaint.submitted";
    public static final String VERIFIED = "complaint.verified";
    public static final String LINKED = "complaint.linked";
    public static final String ERASED = "complaint.erased";

    private ComplaintEvents() {
    }

    /**
     * {@code complaint.submitted}: no personal data (the complainant's emails are requested with
     * {@code notification.requested}, which only notifications-service reads). Country, category,
     * organisation (null when typed in) and campaign are for statistics and routing.
     * Fields are only ever added, so older consumers keep reading it.
     */
    public record Submitted(UUID complaintId, String reference, long version, String language, String company,
            OffsetDateTime submittedAt, String country, Category category, UUID organisationId, UUID campaignId) {
    }

    /** {@code complaint.verified}: the complainant confirmed their email address. No personal data. */
    public record Verified(UUID complaintId, String reference, long version, OffsetDateTime verifiedAt,
            UUID campaignId) {
    }

    /**
     * {@code complaint.linked}: staff made the complaint part of a case ({@code previousCaseReference}
     * is the case it was part of before, or null). No personal data.
     */
    public record Linked(UUID complaintId, String reference, long version, String caseReference,
            String previousCaseReference, OffsetDateTime linkedAt) {
    }

    /**
     * {@code complaint.erased}: the complainant withdrew and erased the complaint, or it expired
     * unconfirmed. Every service purges what it holds about the complainant; the reference may stay
     * as an anonymous statistic.
     */
    public record Erased(UUID complaintId, String reference, long version, OffsetDateTime erasedAt, String reason) {
    }
}
