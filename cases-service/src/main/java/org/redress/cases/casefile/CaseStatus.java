package org.redress.cases.casefile;

/**
 * Where a case stands. The usual course is open → formal notice sent → awaiting response →
 * escalated (injunction, DPA complaint or collective action) → settled, won or lost → closed;
 * {@link CaseStatusMachine} says which moves are allowed.
 */
public enum CaseStatus {
    OPEN("Open"),
    FORMAL_NOTICE_SENT("Formal notice sent"),
    AWAITING_RESPONSE("Awaiting response"),
    /** Taken further; {@link Escalation} says how. */
    ESCALATED("Escalated"),
    SETTLED("Settled"),
    WON("Won"),
    LOST("Lost"),
    /** Nothing more happens; a closed case can no longer be edited. */
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    /** How the staff pages name it (English; the JSON API keeps the constant's name). */
    public String label() {
        return label;
    }
}
