package org.redress.notifications.reminder;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence of the reminders to staff, in English; German and French in
 * {@code messages/reminder_de.properties} and {@code messages/reminder_fr.properties}. Plain text:
 * the HTML template escapes it.
 */
@MessageBundle(value = "reminder", locale = "en")
public interface ReminderMessages {

    /** How dates and times are written ({@link java.time.format.DateTimeFormatter} pattern). */
    @Message("EEEE d MMMM yyyy, HH:mm")
    String dateTimePattern();

    @Message("Reminder: the period in case {reference} ends on {due}")
    String beforeSubject(String reference, String due);

    @Message("The period of case {reference} ends on {due}.")
    String beforeIntro(String reference, String due);

    @Message("Today is the last day of the period in case {reference}")
    String lastDaySubject(String reference);

    @Message("Today is the last day of the period of case {reference}: it ends at {due}.")
    String lastDayIntro(String reference, String due);

    @Message("{#if companyResponse}Response period ended — no response recorded{#else}Period ended{/if}: case {reference}")
    String endedSubject(String reference, boolean companyResponse);

    @Message("{#if companyResponse}The company's response period in case {reference} ended on {due}, and no response has been recorded."
            + "{#else}The period of case {reference} ended on {due} without being met.{/if}")
    String endedIntro(String reference, String due, boolean companyResponse);

    @Message("What the case allows now: record the company's response if it has come in, or take the next step —"
            + " a complaint to the data protection authority, an injunction or a collective action.")
    String endedNextSteps();

    @Message("This reminder comes late: it was due on {due}, while the reminder service was not running.")
    String lateNote(String due);

    @Message("Case")
    String caseLabel();

    @Message("Respondent")
    String respondentLabel();

    @Message("Started by")
    String startedByLabel();

    @Message("Ends")
    String dueLabel();

    @Message("How it was computed")
    String explanationLabel();

    @Message("Open the case")
    String action();

    @Message("If the button does not work, copy this address into your browser:")
    String linkHint();

    @Message("Redress reminders")
    String signature();
}
