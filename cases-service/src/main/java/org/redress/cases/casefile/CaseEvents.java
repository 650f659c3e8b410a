package org.redress.cases.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

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
     */
    public record CaseChanged(UUID caseId, String reference, long version, CaseStatus status, Escalation escalation,
            String title, String publicSummary, OffsetDateTime changedAt) {

        static CaseChanged of(CaseFile file) {
            return new CaseChanged(file.id, file.reference, file.version, file.status, file.escalation, file.title,
                    file.publicSummary, file.updatedAt);
        }
    }
}
