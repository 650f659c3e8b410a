package org.redress.cases.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The events cases-service publishes about cases, on {@link #ADDRESS}, and what they carry. */
public final class CaseEvents {

    public static final String ADDRESS = "case-events";
    public static final String OPENED = "case.opened";
    public static final String STATUS_CHANGED = "case.status-changed";

    private CaseEvents() {
    }

    /**
     * The data of {@code case.opened} and {@code case.status-changed}: no personal data, and the
     * public summary because complaints-service shows it to the complainants of linked complaints.
     * {@code case.opened} also names the complaints staff asked to link to the new case
     * ({@code complaintReferences}, left out when none): complaints-service links them.
     */
    public record CaseChanged(UUID caseId, String reference, long version, CaseStatus status, Escalation escalation,
            String title, String publicSummary, OffsetDateTime changedAt,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> complaintReferences) {

        static CaseChanged of(CaseFile file) {
            return opened(file, List.of());
        }

        static CaseChanged opened(CaseFile file, List<String> complaintReferences) {
            return new CaseChanged(file.id, file.reference, file.version, file.status, file.escalation, file.title,
                    file.publicSummary, file.updatedAt, complaintReferences);
        }
    }
}
