package org.redress.complaints.triage;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code complaint.linked}: a complaint became part of a case (or moved to another one).
 * {@code version} is the complaint's version after the change, so consumers can drop stale events.
 */
public record ComplaintLinked(UUID complaintId, String reference, long version, String caseReference,
        String previousCaseReference, OffsetDateTime linkedAt) {

    public static final String TYPE = "complaint.linked";
}
