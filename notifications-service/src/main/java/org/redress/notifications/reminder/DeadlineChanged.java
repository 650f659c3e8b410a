package org.redress.notifications.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The data of every {@code deadline.*} event of cases-service: the deadline's latest state, the
 * case it belongs to, its owner's and team's email addresses, its {@code version}, and its
 * {@code jurisdiction} (ISO 3166-1 alpha-2; null in events older than that field: weekends are then
 * the only days that are not working days).
 */
public record DeadlineChanged(UUID deadlineId, UUID caseId, String caseReference, String caseTitle, String respondent,
        String kind, String state, Instant dueAt, String zone, String explanationSummary, String owner, String team,
        Step startedByStep, long version, String jurisdiction) {

    public static final String SCHEDULED = "deadline.scheduled";
    public static final String RESCHEDULED = "deadline.rescheduled";
    public static final String MET = "deadline.met";
    public static final String MISSED = "deadline.missed";
    public static final String CANCELLED = "deadline.cancelled";

    /** The step that started the deadline's period. */
    public record Step(String type, LocalDate date) {
    }
}
