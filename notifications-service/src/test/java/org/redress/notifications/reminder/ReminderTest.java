package org.redress.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.redress.notifications.delivery.Delivery;
import org.redress.notifications.support.Deadlines;
import org.redress.notifications.support.Deadlines.Deadline;
import org.redress.notifications.support.MailParts;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.Mailbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReminderTest {

    @Inject
    ReminderClock clock;

    @Test
    void aResponsePeriodEndingInAFewSecondsSendsExactlyOnePeriodEndedEmailToOwnerAndTeamWithinFiveSeconds() {
        Deadline deadline = Deadline.companyResponse(address("owner"), address("team"));
        Instant due = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.MILLIS);
        Deadlines.send(deadline.event("deadline.scheduled", 0, due));

        Instant seen = awaitMailTo(deadline.owner(), Duration.ofSeconds(15));
        assertThat(Duration.between(due, seen)).isLessThan(Duration.ofSeconds(5));
        awaitMailTo(deadline.team(), Duration.ofSeconds(5));

        MimeMessage mail = mailsTo(deadline.owner()).get(0);
        assertThat(subject(mail)).isEqualTo("Response period ended — no response recorded: case " + deadline.caseReference());
        MailParts parts = MailParts.of(mail);
        String link = "http://127.0.0.1:8082/staff/cases/" + deadline.caseReference();
        assertThat(parts.text()).contains(link).contains("Meta Platforms Ireland Ltd.").contains("formal notice")
                .contains("no response has been recorded").contains("What the case allows now");
        assertThat(parts.html()).contains("href=\"" + link + "\"").contains("Meta Platforms Ireland Ltd.");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4))
                .until(() -> mailsTo(deadline.owner()).size() == 1 && mailsTo(deadline.team()).size() == 1);
        Reminder ended = single(remindersOf(deadline), Reminder.Status.FIRED);
        assertThat(ended.type).isEqualTo(ReminderPlan.Type.ENDED);
        assertThat(ended.late).isFalse();
    }

    @Test
    void aRescheduleBeforeTheReminderFiresReplacesItSoOnlyTheNewOneIsSent() {
        Deadline deadline = Deadline.companyResponse(address("resched"), null);
        Instant first = Instant.now().plusSeconds(5);
        Instant extended = Instant.now().plusSeconds(9);
        Deadlines.send(deadline.event("deadline.scheduled", 0, first), deadline.event("deadline.rescheduled", 1, extended));

        Instant seen = awaitMailTo(deadline.owner(), Duration.ofSeconds(20));
        assertThat(seen).isAfterOrEqualTo(extended.truncatedTo(ChronoUnit.MILLIS));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> mailsTo(deadline.owner()).size() == 1);
        List<Reminder> reminders = remindersOf(deadline);
        assertThat(reminders).extracting(r -> r.deadlineVersion + " " + r.status)
                .containsExactlyInAnyOrder("0 SUPERSEDED", "1 FIRED");
    }

    @Test
    void anOlderVersionArrivingAfterANewerOneAndADuplicateChangeNothing() {
        Deadline deadline = Deadline.companyResponse(address("order"), null);
        Instant older = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        Instant newer = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.MILLIS);
        UUID eventId = UUID.randomUUID();
        String rescheduled = deadline.event(eventId, "deadline.rescheduled", 1, newer);
        Deadlines.send(rescheduled, deadline.event("deadline.scheduled", 0, older), rescheduled,
                deadline.event("deadline.rescheduled", 1, older));

        Instant seen = awaitMailTo(deadline.owner(), Duration.ofSeconds(20));
        assertThat(seen).isAfterOrEqualTo(newer);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> mailsTo(deadline.owner()).size() == 1);
        assertThat(remindersOf(deadline)).singleElement().satisfies(r -> {
            assertThat(r.deadlineVersion).isEqualTo(1);
            assertThat(r.dueAt.toInstant()).isEqualTo(newer);
        });
    }

    @Test
    void aMetDeadlineCancelsTheRemindersNotYetSent() {
        Deadline deadline = Deadline.companyResponse(address("met"), null);
        Instant due = Instant.now().plusSeconds(4);
        Deadlines.send(deadline.event("deadline.scheduled", 0, due), deadline.event("deadline.met", 1, due));

        await().atMost(Duration.ofSeconds(10)).until(() -> !remindersOf(deadline).isEmpty()
                && remindersOf(deadline).stream().allMatch(r -> r.status == Reminder.Status.CANCELLED));
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(7)).until(() -> mailsTo(deadline.owner()).isEmpty());
    }

    @Test
    void aCancelledDeadlineCancelsItsRemindersAndAMissedOneWeNeverHeardOfStillSendsThePeriodEndedEmail() {
        Deadline cancelled = Deadline.companyResponse(address("cancelled"), null);
        Deadline missed = Deadline.companyResponse(address("missed"), null);
        Instant due = Instant.now().plusSeconds(3);
        Deadlines.send(cancelled.event("deadline.scheduled", 0, due), cancelled.event("deadline.cancelled", 1, due),
                missed.event("deadline.missed", 3, Instant.now().minusSeconds(1)));

        awaitMailTo(missed.owner(), Duration.ofSeconds(10));
        assertThat(subject(mailsTo(missed.owner()).get(0))).startsWith("Response period ended — no response recorded");
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6))
                .until(() -> mailsTo(cancelled.owner()).isEmpty() && mailsTo(missed.owner()).size() == 1);
        assertThat(remindersOf(cancelled)).extracting(r -> r.status).containsOnly(Reminder.Status.CANCELLED);
    }

    @Test
    void aMissedEventAfterTheEndedReminderFiredSendsNoSecondEmail() {
        Deadline deadline = Deadline.companyResponse(address("missed-after"), null);
        Instant due = Instant.now().plusSeconds(2);
        Deadlines.send(deadline.event("deadline.scheduled", 0, due));
        awaitMailTo(deadline.owner(), Duration.ofSeconds(10));

        Deadlines.send(deadline.event("deadline.missed", 1, due));
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(deadline.owner()).size() == 1);
        assertThat(remindersOf(deadline)).singleElement().extracting(r -> r.status).isEqualTo(Reminder.Status.FIRED);
    }

    @Test
    void aReminderThatFellDueWhileTheServiceWasDownIsSentOnceAtOnceMarkedLateInTheStaffMembersLanguage() {
        String owner = address("late");
        UUID deadlineId = UUID.randomUUID();
        OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        UUID reminderId = QuarkusTransaction.requiringNew().call(() -> {
            Delivery.getEntityManager().createNativeQuery("insert into staff_member (email, language, updated_at) values (:e, 'de', now())")
                    .setParameter("e", owner).executeUpdate();
            storeDeadline(deadlineId, owner, due);
            return storeReminder(deadlineId, ReminderPlan.Type.ENDED, due);
        });

        Instant stored = Instant.now();
        Instant seen = awaitMailTo(owner, Duration.ofSeconds(10));
        assertThat(Duration.between(stored, seen)).isLessThan(Duration.ofSeconds(5));
        MimeMessage mail = mailsTo(owner).get(0);
        assertThat(subject(mail)).startsWith("Antwortfrist abgelaufen – keine Antwort erfasst: Fall RC-LATE");
        assertThat(MailParts.of(mail).text()).contains("Diese Erinnerung kommt verspätet");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> mailsTo(owner).size() == 1);
        Reminder reminder = QuarkusTransaction.requiringNew().call(() -> Reminder.<Reminder>findById(reminderId));
        assertThat(reminder.status).isEqualTo(Reminder.Status.FIRED);
        assertThat(reminder.late).isTrue();
    }

    @Test
    void twoClocksClaimingTheSameDueRemindersFireEachOnce() throws Exception {
        int count = 60;
        List<String> owners = new ArrayList<>();
        OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                String owner = address("race" + i);
                owners.add(owner);
                UUID deadlineId = UUID.randomUUID();
                storeDeadline(deadlineId, owner, due);
                storeReminder(deadlineId, ReminderPlan.Type.LAST_DAY, due);
            }
        });

        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> claimed = new ArrayList<>();
            for (int racer = 0; racer < 2; racer++) {
                claimed.add(racers.submit(() -> {
                    int fired = 0;
                    Instant stop = due.toInstant().plusSeconds(4);
                    while (Instant.now().isBefore(stop)) {
                        fired += clock.fireRound(Instant.now());
                    }
                    return fired;
                }));
            }
            for (Future<Integer> racer : claimed) {
                racer.get();
            }
        } finally {
            racers.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> owners.stream().allMatch(o -> mailsTo(o).size() >= 1));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> owners.stream().allMatch(o -> mailsTo(o).size() == 1));
        long deliveries = QuarkusTransaction.requiringNew().call(() -> Delivery.count("recipient in ?1", owners));
        assertThat(deliveries).isEqualTo(count);
    }

    static void storeDeadline(UUID id, String owner, OffsetDateTime due) {
        TrackedDeadline deadline = new TrackedDeadline();
        deadline.id = id;
        deadline.caseReference = "RC-LATE-" + id.toString().substring(0, 8);
        deadline.caseTitle = "Stored while the service was down";
        deadline.kind = "COMPANY_RESPONSE";
        deadline.state = "OPEN";
        deadline.dueAt = due;
        deadline.zone = "Europe/Vienna";
        deadline.owner = owner;
        deadline.version = 0;
        deadline.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        deadline.persist();
    }

    static UUID storeReminder(UUID deadlineId, ReminderPlan.Type type, OffsetDateTime due) {
        Reminder reminder = new Reminder();
        reminder.id = UUID.randomUUID();
        reminder.deadlineId = deadlineId;
        reminder.type = type;
        reminder.dueAt = due;
        reminder.status = Reminder.Status.SCHEDULED;
        reminder.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        reminder.persist();
        return reminder.id;
    }

    static String address(String who) {
        return who + "-" + UUID.randomUUID() + "@staff.redress.example";
    }

    static List<Reminder> remindersOf(Deadline deadline) {
        return QuarkusTransaction.requiringNew().call(() -> Reminder.<Reminder>list("deadlineId", deadline.id()));
    }

    static Reminder single(List<Reminder> reminders, Reminder.Status status) {
        assertThat(reminders).singleElement().extracting(r -> r.status).isEqualTo(status);
        return reminders.get(0);
    }

    /** Waits for the first email to {@code recipient} and answers when the test saw it (polling every 20 ms). */
    static Instant awaitMailTo(String recipient, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(20)).until(() -> !mailsTo(recipient).isEmpty());
        return Instant.now();
    }

    static List<MimeMessage> mailsTo(String recipient) {
        return Mailbox.of(GreenMailTestResource.greenMail(), recipient);
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
