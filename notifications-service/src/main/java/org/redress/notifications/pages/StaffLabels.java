package org.redress.notifications.pages;

import java.util.Map;

import org.redress.portal.Labels;

import io.quarkus.qute.TemplateExtension;

/**
 * The words the staff pages of notifications-service show for its codes: an email's kind and
 * status, a reminder's type and status, and the kind and state of the deadline a reminder is about
 * (cases-service's codes). In templates {@code {label:mailKind(e.kind)}}; a code without a label
 * shows as itself. Filters keep the codes as values.
 */
@TemplateExtension(namespace = "label")
public final class StaffLabels {

    static final Map<String, String> MAIL_KINDS = Map.of(
            "complaint-verification", "Confirm the email address",
            "complaint-acknowledgement", "Complaint received",
            "complaint-status-link", "Link to the status page",
            "reminder-before", "Deadline ahead",
            "reminder-last-day", "Last day of a period",
            "reminder-ended", "Period ended",
            "digest", "Daily digest");
    static final Map<String, String> MAIL_STATUSES = Map.of(
            "PENDING", "Waiting to be sent",
            "SENDING", "Being sent",
            "SENT", "Sent",
            "FAILED", "Failed",
            "CANCELLED", "Cancelled");
    static final Map<String, String> REMINDER_TYPES = Map.of(
            "BEFORE", "Ahead of the deadline",
            "LAST_DAY", "On the last day",
            "ENDED", "When the period ends");
    static final Map<String, String> REMINDER_STATUSES = Map.of(
            "SCHEDULED", "Scheduled",
            "FIRED", "Sent",
            "SUPERSEDED", "Replaced (the deadline moved)",
            "CANCELLED", "Cancelled");
    static final Map<String, String> DEADLINE_KINDS = Map.of(
            "COMPANY_RESPONSE", "Company response",
            "FILING", "Filing",
            "AUTHORITY_REPLY", "Authority reply",
            "ACCESS_REQUEST_REPLY", "Access request reply",
            "APPEAL", "Appeal",
            "HEARING", "Hearing",
            "OPT_IN", "Opt-in period");
    static final Map<String, String> DEADLINE_STATES = Map.of(
            "OPEN", "open",
            "MET", "met",
            "MISSED", "missed",
            "CANCELLED", "cancelled",
            "EXTENDED", "extended");

    private StaffLabels() {
    }

    static String mailKind(Object code) {
        return Labels.of(MAIL_KINDS, code);
    }

    static String mailStatus(Object code) {
        return Labels.of(MAIL_STATUSES, code);
    }

    static String reminderType(Object code) {
        return Labels.of(REMINDER_TYPES, code);
    }

    static String reminderStatus(Object code) {
        return Labels.of(REMINDER_STATUSES, code);
    }

    static String deadlineKind(Object code) {
        return Labels.of(DEADLINE_KINDS, code);
    }

    static String deadlineState(Object code) {
        return Labels.of(DEADLINE_STATES, code);
    }
}
