package org.redress.notifications.digest;

import java.time.Instant;

/** A deadline a digest lists: of a case the staff member owns or whose team they are in, neither met nor cancelled. */
record DueDeadline(String caseReference, String caseTitle, String respondent, String kind, Instant dueAt, String zone) {
}
