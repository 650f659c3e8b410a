package org.redress.complaints.staff;

/** The statuses of cases-service's cases, as its search answers them: the staff pages show a word for each. */
public enum CaseStatus {
    OPEN, FORMAL_NOTICE_SENT, AWAITING_RESPONSE, ESCALATED, SETTLED, WON, LOST, CLOSED
}
