package org.redress.cases.complaint;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The complaint events cases-service reads, and the part of their data it uses. */
public final class ComplaintEvents {

    public static final String LINKED = "complaint.linked";
    public static final String ERASED = "complaint.erased";

    private ComplaintEvents() {
    }

    /** A complaint was linked to a case, possibly moved from another one. */
    public record Linked(UUID complaintId, String reference, long version, String caseReference,
            String previousCaseReference, OffsetDateTime linkedAt) {
    }
}
