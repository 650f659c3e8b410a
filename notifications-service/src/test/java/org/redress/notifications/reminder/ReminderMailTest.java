package org.redress.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redress.notifications.delivery.Email;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReminderMailTest {

    @Inject
    ReminderMail mail;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "BEFORE   | en | Reminder: the period in case RC-2026-000042 ends on Wednesday 2 December 2026, 23:59 (Europe/Vienna)",
            "BEFORE   | de | Erinnerung: Die Frist im Fall RC-2026-000042 endet am Mittwoch, 2. Dezember 2026, 23:59 Uhr (Europe/Vienna)",
            "BEFORE   | fr | Rappel : le délai du dossier RC-2026-000042 expire le mercredi 2 décembre 2026 à 23:59 (Europe/Vienna)",
            "LAST_DAY | en | Today is the last day of the period in case RC-2026-000042",
            "LAST_DAY | de | Heute ist der letzte Tag der Frist im Fall RC-2026-000042",
            "LAST_DAY | fr | Aujourd'hui est le dernier jour du délai du dossier RC-2026-000042",
            "ENDED    | en | Response period ended — no response recorded: case RC-2026-000042",
            "ENDED    | de | Antwortfrist abgelaufen – keine Antwort erfasst: Fall RC-2026-000042",
            "ENDED    | fr | Délai de réponse expiré – aucune réponse enregistrée : dossier RC-2026-000042" })
    void writesEachReminderInEachLanguageWithTheCaseLinkInBothParts(ReminderPlan.Type type, String language, String subject) {
        Email email = mail.render(reminder(type), deadline(), "owner@staff.redress.example", language);

        assertThat(email.subject()).isEqualTo(subject);
        assertThat(email.kind()).isEqualTo("reminder-" + type.name().toLowerCase().replace('_', '-'));
        assertThat(email.textBody()).contains("http://127.0.0.1:8082/staff/cases/RC-2026-000042")
                .contains("Meta Platforms Ireland Ltd.").contains("formal notice, 2026-11-02");
        assertThat(email.htmlBody()).contains("href=\"http://127.0.0.1:8082/staff/cases/RC-2026-000042\"")
                .contains("lang=\"" + language + "\"");
    }

    @ParameterizedTest
    @CsvSource({ "es, Reminder:", "de-AT, Erinnerung:", ", Reminder:" })
    void writesInTheConfiguredDefaultWhenTheStaffMemberChoseALanguageRedressDoesNotWrite(String language, String start) {
        assertThat(mail.render(reminder(ReminderPlan.Type.BEFORE), deadline(), "x@staff.redress.example", language).subject())
                .startsWith(start);
    }

    @org.junit.jupiter.api.Test
    void escapesTheCaseDataInTheHtmlPart() {
        TrackedDeadline deadline = deadline();
        deadline.respondent = "<script>alert(1)</script>";

        Email email = mail.render(reminder(ReminderPlan.Type.ENDED), deadline, "x@staff.redress.example", "en");

        assertThat(email.htmlBody()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    static Reminder reminder(ReminderPlan.Type type) {
        Reminder reminder = new Reminder();
        reminder.id = UUID.randomUUID();
        reminder.type = type;
        reminder.dueAt = OffsetDateTime.parse("2026-12-02T08:00:00Z");
        return reminder;
    }

    static TrackedDeadline deadline() {
        TrackedDeadline deadline = new TrackedDeadline();
        deadline.id = UUID.randomUUID();
        deadline.caseReference = "RC-2026-000042";
        deadline.caseTitle = "Meta AI training";
        deadline.respondent = "Meta Platforms Ireland Ltd.";
        deadline.kind = "COMPANY_RESPONSE";
        deadline.dueAt = OffsetDateTime.parse("2026-12-02T22:59:59.999Z").withOffsetSameInstant(ZoneOffset.UTC);
        deadline.zone = "Europe/Vienna";
        deadline.startedByType = "FORMAL_NOTICE";
        deadline.startedByDate = LocalDate.parse("2026-11-02");
        deadline.explanationSummary = "one month from the formal notice";
        return deadline;
    }
}
