package org.redress.cases.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A case as the case page shows it, with the statuses it can move to and its linked complaints. */
public record CaseView(UUID id, String reference, String title, String respondent, String subject,
        List<String> legalGrounds, String jurisdiction, String authority, String owner, String team,
        List<String> tags, String publicSummary, CaseStatus status, Escalation escalation,
        Set<CaseStatus> nextStatuses, OffsetDateTime openedAt, OffsetDateTime updatedAt, long version,
        LinkedComplaints linkedComplaints) {

    /** The complaints linked to the case: how many, their references, and each one's id with its reference. */
    public record LinkedComplaints(long count, List<String> references, List<Linked> complaints) {
    }

    /** One linked complaint: its id in complaints-service (its staff page's address) and its reference. */
    public record Linked(UUID id, String reference) {
    }
}
