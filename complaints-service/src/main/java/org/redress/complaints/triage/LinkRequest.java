package org.redress.complaints.triage;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.redress.platform.problem.InvalidInputException;

/** Makes complaints part of a case of cases-service. */
public record LinkRequest(
        @NotNull(message = "is required")
        @Size(min = 1, max = LinkRequest.MAX_COMPLAINTS, message = "must name 1 to " + LinkRequest.MAX_COMPLAINTS + " complaints")
        List<@NotNull(message = "must be a complaint id") UUID> complaintIds,
        @NotNull(message = "is required")
        @Pattern(regexp = LinkRequest.CASE_REFERENCE, message = "must be a case reference such as CASE-2026-0042")
        String caseReference) {

    public static final int MAX_COMPLAINTS = 10_000;
    static final String CASE_REFERENCE = "^CASE-[0-9]{4}-[0-9]{4,9}$";

    /** A request from a staff form: the reference as typed (any case, spaces around), each mistake named. */
    public static LinkRequest typed(List<UUID> complaintIds, String caseReference) {
        String reference = caseReference == null ? "" : caseReference.strip().toUpperCase(java.util.Locale.ROOT);
        if (!reference.matches(CASE_REFERENCE)) {
            throw InvalidInputException.field("caseReference", "must be a case reference such as CASE-2026-0042");
        }
        if (complaintIds.isEmpty() || complaintIds.size() > MAX_COMPLAINTS) {
            throw InvalidInputException.field("complaint", "choose 1 to " + MAX_COMPLAINTS + " complaints");
        }
        return new LinkRequest(complaintIds, reference);
    }
}
