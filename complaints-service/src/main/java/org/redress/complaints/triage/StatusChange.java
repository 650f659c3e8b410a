package org.redress.complaints.triage;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.redress.complaints.complaint.Complaint;

/**
 * A staff decision on one complaint. {@code duplicateOf} names the complaint it repeats (required
 * for DUPLICATE, refused otherwise); {@code version}, when given, must be the complaint's current
 * one, so a decision taken on a stale view is refused.
 */
public record StatusChange(@NotNull(message = "is required") Complaint.Status status, UUID duplicateOf, Long version) {
}
