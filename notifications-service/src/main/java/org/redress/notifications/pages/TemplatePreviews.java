package org.redress.notifications.pages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.notifications.complainant.ComplainantMail;
import org.redress.notifications.complainant.NotificationRequested;
import org.redress.notifications.delivery.Email;
import org.redress.notifications.reminder.Reminder;
import org.redress.notifications.reminder.ReminderMail;
import org.redress.notifications.reminder.ReminderPlan;
import org.redress.notifications.reminder.TrackedDeadline;
import org.redress.portal.Languages;

/**
 * Every email this service writes — each complainant kind and each reminder type — in English,
 * German and French, rendered with sample data through the same code that renders the real ones.
 */
@ApplicationScoped
public class TemplatePreviews {

    /** One rendered email; {@code id} is its anchor on the page, {@code audience} who it is for (a code). */
    public record Preview(String id, String audience, String kind, String language, String subject, String text,
            String html) {
    }

    private final ComplainantMail complainants;
    private final ReminderMail reminders;

    public TemplatePreviews(ComplainantMail complainants, ReminderMail reminders) {
        this.complainants = complainants;
        this.reminders = reminders;
    }

    public List<Preview> all() {
        List<Preview> previews = new ArrayList<>();
        for (String kind : ComplainantMail.kinds()) {
            for (String language : Languages.CODES) {
                complainants.render(sampleRequest(kind, language))
                        .ifPresent(email -> previews.add(preview("complainant", email, language)));
            }
        }
        for (ReminderPlan.Type type : ReminderPlan.Type.values()) {
            for (String language : Languages.CODES) {
                Email email = reminders.render(sampleReminder(type), sampleDeadline(), "case.owner@redress.example", language);
                previews.add(preview("reminder", email, language));
            }
        }
        return previews;
    }

    private static Preview preview(String audience, Email email, String language) {
        return new Preview(email.kind() + "-" + language, audience, email.kind(), language, email.subject(),
                email.textBody(), email.htmlBody());
    }

    private static NotificationRequested sampleRequest(String kind, String language) {
        return new NotificationRequested(kind, UUID.fromString("00000000-0000-4000-8000-000000000042"), "RC-2026-000042",
                "jana.sample@example.org", "Jana Sample", language, "https://redress.example/status/sample-link",
                "Stop AI training on our posts");
    }

    private static Reminder sampleReminder(ReminderPlan.Type type) {
        Reminder reminder = new Reminder();
        reminder.id = UUID.fromString("00000000-0000-4000-8000-000000000007");
        reminder.type = type;
        reminder.dueAt = OffsetDateTime.of(2027, 5, 19, 7, 0, 0, 0, ZoneOffset.UTC);
        reminder.late = false;
        reminder.status = Reminder.Status.SCHEDULED;
        return reminder;
    }

    private static TrackedDeadline sampleDeadline() {
        TrackedDeadline deadline = new TrackedDeadline();
        deadline.id = UUID.fromString("00000000-0000-4000-8000-000000000070");
        deadline.caseReference = "CASE-2027-0007";
        deadline.caseTitle = "Meta: AI training on EU users' posts";
        deadline.respondent = "Meta Platforms Ireland Ltd";
        deadline.kind = "COMPANY_RESPONSE";
        deadline.state = "OPEN";
        deadline.dueAt = OffsetDateTime.of(2027, 5, 21, 21, 59, 59, 999_000_000, ZoneOffset.UTC);
        deadline.zone = "Europe/Vienna";
        deadline.explanationSummary = "1 week from the formal notice of Fri 14 May 2027 (Regulation 1182/71)";
        deadline.startedByType = "FORMAL_NOTICE_SENT";
        deadline.startedByDate = LocalDate.of(2027, 5, 14);
        deadline.jurisdiction = "AT";
        return deadline;
    }
}
