package org.redress.complaints.staff;

import java.util.Map;

import org.redress.portal.Labels;

import io.quarkus.qute.TemplateExtension;

/**
 * The words the staff pages show for the codes of complaints-service ({@code VERIFIED},
 * {@code AI_TRAINING}, ...), in templates {@code {label:status(row.status)}}. A code without a
 * label (one added later) shows as itself, so nothing goes missing. Forms keep the codes as values.
 */
@TemplateExtension(namespace = "label")
public final class StaffLabels {

    static final Map<String, String> STATUSES = Map.of(
            "RECEIVED", "Not yet confirmed",
            "VERIFIED", "Waiting for triage",
            "UNDER_REVIEW", "Under review",
            "LINKED", "Linked to a case",
            "DUPLICATE", "Duplicate",
            "SPAM", "Spam",
            "CLOSED", "Closed",
            "ERASED", "Erased");
    static final Map<String, String> CATEGORIES = Map.of(
            "AI_TRAINING", "Data used to train AI",
            "ACCESS_REQUEST_UNANSWERED", "Access request unanswered",
            "OBJECTION_IGNORED", "Objection ignored",
            "CONSENT_NOT_ASKED", "Consent not asked",
            "TRACKING", "Tracking",
            "DATA_BREACH", "Data breach",
            "OTHER", "Other");
    static final Map<String, String> CONSENTS = Map.of(
            "PROCESSING", "Processing of the complaint",
            "COLLECTIVE_ACTION", "Joining a collective action",
            "UPDATES", "Updates by email");
    /** The statuses of cases-service's cases, as its search answers them. */
    static final Map<String, String> CASE_STATUSES = Map.of(
            "OPEN", "Open",
            "FORMAL_NOTICE_SENT", "Formal notice sent",
            "AWAITING_RESPONSE", "Awaiting response",
            "ESCALATED", "Escalated",
            "SETTLED", "Settled",
            "WON", "Won",
            "LOST", "Lost",
            "CLOSED", "Closed");

    private StaffLabels() {
    }

    /** A complaint's status. */
    static String status(Object code) {
        return Labels.of(STATUSES, code);
    }

    /** A complaint's category. */
    static String category(Object code) {
        return Labels.of(CATEGORIES, code);
    }

    /** What a complainant consented to. */
    static String consent(Object code) {
        return Labels.of(CONSENTS, code);
    }

    /** A case's status. */
    static String caseStatus(Object code) {
        return Labels.of(CASE_STATUSES, code);
    }

    /**
     * An entry of a complaint's history as a sentence after its actor's name: "changed the status from
     * Waiting for triage to Under review", "linked it to case CASE-2026-0042".
     */
    static String history(String action, String detail) {
        String what = detail == null ? "" : detail;
        if ("status-changed".equals(action) && what.contains(" -> ")) {
            String[] change = what.split(" -> ", 2);
            return "changed the status from " + status(change[0]) + " to " + status(change[1]);
        }
        if ("linked".equals(action) && what.matches("from \\S+ to \\S+")) {
            String[] cases = what.substring("from ".length()).split(" to ", 2);
            return "moved it from case " + cases[0] + " to case " + cases[1];
        }
        if ("linked".equals(action) && what.startsWith("to ")) {
            return "linked it to case " + what.substring("to ".length());
        }
        return (action + " " + what).strip();
    }
}
