package org.redress.notifications.pages;

import java.time.OffsetDateTime;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of notifications-service's staff pages (delivery log, a case's reminders, the email
 * templates), in English; {@code messages/notifications_de.properties} and
 * {@code messages/notifications_fr.properties} translate each key. Templates use
 * {@code {notifications:key}}; Java code asks {@link org.redress.portal.StaffLanguage#bundle(Class)}.
 * The emails themselves are worded by their own bundles, in the recipient's language.
 */
@MessageBundle(value = "notifications", locale = "en")
public interface StaffMessages {

    // --- words for codes ({label:...}, StaffLabels) ---------------------------------------------
    @Message("{#when code}{#is 'complaint-verification'}Confirm the email address{#is 'complaint-acknowledgement'}Complaint received{#is 'complaint-status-link'}Link to the status page{#is 'reminder-before'}Deadline ahead{#is 'reminder-last-day'}Last day of a period{#is 'reminder-ended'}Period ended{#is 'digest'}Daily digest{#else}{code}{/when}")
    String mailKind(String code);

    @Message("{#when code}{#is 'PENDING'}Waiting to be sent{#is 'SENDING'}Being sent{#is 'SENT'}Sent{#is 'FAILED'}Failed{#is 'CANCELLED'}Cancelled{#else}{code}{/when}")
    String mailStatus(String code);

    @Message("{#when code}{#is 'BEFORE'}Ahead of the deadline{#is 'LAST_DAY'}On the last day{#is 'ENDED'}When the period ends{#else}{code}{/when}")
    String reminderType(String code);

    @Message("{#when code}{#is 'SCHEDULED'}Scheduled{#is 'FIRED'}Sent{#is 'SUPERSEDED'}Replaced (the deadline moved){#is 'CANCELLED'}Cancelled{#else}{code}{/when}")
    String reminderStatus(String code);

    @Message("{#when code}{#is 'COMPANY_RESPONSE'}Company response{#is 'FILING'}Filing{#is 'AUTHORITY_REPLY'}Authority reply{#is 'ACCESS_REQUEST_REPLY'}Access request reply{#is 'APPEAL'}Appeal{#is 'HEARING'}Hearing{#is 'OPT_IN'}Opt-in period{#else}{code}{/when}")
    String deadlineKind(String code);

    @Message("{#when code}{#is 'OPEN'}open{#is 'MET'}met{#is 'MISSED'}missed{#is 'CANCELLED'}cancelled{#is 'EXTENDED'}extended{#else}{code}{/when}")
    String deadlineState(String code);

    @Message("{#when code}{#is 'complainant'}Complainant{#is 'reminder'}Staff reminder{#else}{code}{/when}")
    String audience(String code);

    // --- a case's reminders ---------------------------------------------------------------------
    /** How a reminder's instant is shown ({@link java.time.format.DateTimeFormatter} pattern). */
    @Message("EEE d MMM yyyy HH:mm")
    String reminders_time_pattern();

    @Message("Reminders of {reference}")
    String reminders_title(String reference);

    @Message("The case page")
    String reminders_case_page();

    @Message("Every email about {reference} in the delivery log")
    String reminders_log(String reference);

    @Message("No reminders are known for {reference}: either it has no deadline, or its deadline events have not reached notifications-service yet.")
    String reminders_none_known(String reference);

    @Message("Upcoming")
    String reminders_upcoming();

    @Message("When")
    String reminders_when();

    @Message("Reminder")
    String reminders_reminder();

    @Message("Deadline")
    String reminders_deadline();

    @Message("Due")
    String reminders_due();

    @Message("None to come.")
    String reminders_none_to_come();

    @Message("Sent, superseded or cancelled")
    String reminders_past();

    @Message("Planned for")
    String reminders_planned_for();

    @Message("Status")
    String status();

    @Message("Fired")
    String reminders_fired();

    @Message("(late)")
    String reminders_late();

    @Message("due {due}")
    String reminders_due_on(String due);

    @Message("None.")
    String reminders_none();

    // --- email templates ------------------------------------------------------------------------
    @Message("Email templates")
    String templates_title();

    @Message("Every email notifications-service sends, in English, German and French, rendered with sample data through the code that renders the real ones. The HTML part is shown in a sandboxed frame, the plain-text part below it.")
    String templates_intro();

    @Message("Templates")
    String templates_index();

    @Message("Subject")
    String subject();

    @Message("{kind} ({language}), HTML part")
    String templates_frame(String kind, String language);

    @Message("Plain-text part")
    String templates_text_part();

    @Message("There is no email template {id}.")
    String templates_unknown(String id);

    // --- delivery log ---------------------------------------------------------------------------
    @Message("Delivery log")
    String deliveries_title();

    @Message("Filter the delivery log")
    String deliveries_filter();

    @Message("any")
    String any();

    @Message("Kind")
    String kind();

    @Message("Case or complaint")
    String deliveries_reference();

    @Message("Recipient contains")
    String deliveries_recipient_contains();

    @Message("From (UTC day)")
    String deliveries_from();

    @Message("To (UTC day)")
    String deliveries_to();

    @Message("Filter")
    String filter();

    @Message("Clear")
    String clear();

    @Message("Delivery log entries")
    String deliveries_entries();

    @Message("Newest first, {size} a page{#if number > 0}, page {number + 1}{/if}. Times in UTC.")
    String deliveries_caption(int size, int number);

    @Message("Queued")
    String deliveries_queued();

    @Message("About")
    String deliveries_about();

    @Message("Recipient")
    String deliveries_recipient();

    @Message("Attempts")
    String deliveries_attempts();

    @Message("Server's answer / sent")
    String deliveries_answer();

    @Message("Action")
    String deliveries_action();

    @Message("reminders")
    String deliveries_reminders();

    @Message("sent {at}")
    String deliveries_sent_at(OffsetDateTime at);

    @Message("next attempt {at}")
    String deliveries_next_attempt(OffsetDateTime at);

    @Message("Retry the email {subject} to {recipient}")
    String deliveries_retry_label(String subject, String recipient);

    @Message("Retry")
    String deliveries_retry();

    @Message("No email matches these filters.")
    String deliveries_none();

    @Message("Pages")
    String pages();

    @Message("← Newer")
    String newer();

    @Message("Older →")
    String older();

    @Message("Preview every email template")
    String deliveries_templates();

    @Message("The email is back in the queue and will be sent in a moment.")
    String deliveries_requeued();

    @Message("must be one of {statuses}")
    String deliveries_bad_status(String statuses);

    @Message("must be a date such as 2026-11-29")
    String deliveries_bad_date();

    @Message("This email has not failed (any more): only a failed email can be retried.")
    String deliveries_not_failed();

    @Message("There is no such email in the delivery log.")
    String deliveries_no_such_email();
}
