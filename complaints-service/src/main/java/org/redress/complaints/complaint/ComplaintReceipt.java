package org.redress.complaints.complaint;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The answer to an accepted complaint: it is committed, and this is its reference. */
public record ComplaintReceipt(UUID id, String reference, Complaint.Status status, OffsetDateTime submittedAt) {
}
