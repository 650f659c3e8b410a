package org.redress.complaints.triage;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Makes complaints part of a case of cases-service. */
public record LinkRequest(
        @NotNull(message = "is required")
        @Size(min = 1, max = LinkRequest.MAX_COMPLAINTS, message = "must name 1 to " + LinkRequest.MAX_COMPLAINTS + " complaints")
        List<@NotNull(message = "must be a complaint id") UUID> complaintIds,
        @NotNull(message = "is required")
        @Pattern(regexp = "^CASE-[0-9]{4}-[0-9]{4,9}$", message = "must be a case reference such as CASE-2026-0042")
        String caseReference) {

    public static final int MAX_COMPLAINTS = 10_000;
}
