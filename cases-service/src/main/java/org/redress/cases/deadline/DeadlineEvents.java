package org.redress.cases.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.redress.cases.casefile.CaseFile;

/** The events cases-service publishes about deadlines, on {@link #ADDRESS}, and what they carry. */
public final class DeadlineEvents {

    public static final String ADDRESS = "deadline-events";
    public static final String SCHEDULED = "deadline.scheduled";
    public static final String RESCHEDULED = "deadline.rescheduled";
    public static final String MET = "deadline.met";
    public static final String MISSED = "deadline.missed";
    public static final String CANCELLED = "deadline.cancelled";

    private DeadlineEvents() {
    }

    /** The step that opened the deadline, as events show it. */
    public record Step(String type, LocalDate date) {
    }

    /**
     * The data of every deadline event: what notifications-service needs to remind the owner and
     * the team (their email addresses), the deadline's {@code version} to ignore stale events, and
     * its {@code jurisdiction} (ISO 3166-1 alpha-2), whose public holidays are not working days. The
     * jurisdiction came last: consumers treat an event without it as one with weekends only.
     */
    public record DeadlineChanged(UUID deadlineId, UUID caseId, String caseReference, String caseTitle,
            String respondent, DeadlineKind kind, DeadlineState state, Instant dueAt, String zone,
            String explanationSummary, String owner, String team, Step startedByStep, long version,
            String jurisdiction) {

        static DeadlineChanged of(Deadline deadline, CaseFile file) {
            return new DeadlineChanged(deadline.id, file.id, file.reference, file.title, file.respondent, deadline.kind,
                    deadline.state, deadline.dueAt.toInstant(), deadline.zone, deadline.explanationSummary, file.owner,
                    file.team, deadline.startedByStepType == null ? null
                            : new Step(deadline.startedByStepType, deadline.startedByStepOn),
                    deadline.version, deadline.jurisdiction);
        }
    }
}
