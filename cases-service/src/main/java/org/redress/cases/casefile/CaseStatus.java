package org.redress.cases.casefile;

/**
 * Where a case stands. The usual course is open → formal notice sent → awaiting response →
 * escalated (injunction, DPA complaint or collective action) → settled, won or lost → closed;
 * {@link CaseStatusMachine} says which moves are allowed.
 */
public enum CaseStatus {
    OPEN,
    FORMAL_NOTICE_SENT,
    AWAITING_RESPONSE,
    /** Taken further; {@link Escalation} says how. */
    ESCALATED,
    SETTLED,
    WON,
    LOST,
    /** Nothing more happens; a closed case can no longer be edited. */
    CLOSED
}
