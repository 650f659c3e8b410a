package org.redress.notifications.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redress.notifications.delivery.Delivery;
import org.redress.notifications.reminder.TrackedDeadline;
import org.redress.notifications.staff.StaffMembers;
import org.redress.notifications.staff.StaffPreferences;
import org.redress.notifications.support.MailParts;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.Mailbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DigestTest {

    // Wednesday 13 March 2030, 08:30 in Berlin, 03:30 in New York
    static final Instant WEDNESDAY_MORNING = Instant.parse("2030-03-13T07:30:00Z");
    static final String DOMAIN = "@digest.redress.example";

    @Inject
    DigestSender sender;

    @Inject
    TestClock clock;

    @Inject
    StaffMembers staff;

    @AfterEach
    void everyDigestOff() {
        clock.reset();
        QuarkusTransaction.requiringNew().run(() -> TrackedDeadline.getEntityManager()
                .createNativeQuery("update staff_member set digest = false where email like :domain")
                .setParameter("domain", "%" + DOMAIN).executeUpdate());
    }

    @Test
    void aMemberPastEightInTheirZoneGetsOneDigestOfTheirOverdueTodayAndThisWeekDeadlinesLinkedToTheCases() {
        String ada = member("ada", "en", "Europe/Berlin");
        String overdue = deadline(ada, null, "2030-03-12T22:59:59.999Z", "MISSED");
        String today = deadline(ada, null, "2030-03-13T22:59:59.999Z", "OPEN");
        String week = deadline(address("colleague"), ada, "2030-03-18T22:59:59.999Z", "EXTENDED");
        String later = deadline(ada, null, "2030-03-25T22:59:59.999Z", "OPEN");
        String met = deadline(ada, null, "2030-03-13T22:59:59.999Z", "MET");
        String cancelled = deadline(ada, null, "2030-03-11T22:59:59.999Z", "CANCELLED");
        String notHers = deadline(address("other"), null, "2030-03-13T22:59:59.999Z", "OPEN");
        clock.set(WEDNESDAY_MORNING);

        sender.sendDue();

        Received mail = awaitOneMailTo(ada);
        assertThat(mail.subject()).isEqualTo("Your deadlines on Wednesday 13 March 2030: 1 overdue, 1 due today, 1 due this week");
        MailParts parts = mail.parts();
        assertThat(parts.text()).containsSubsequence("Overdue (1)", overdue, "ended Tuesday 12 March 2030, 23:59 (Europe/Berlin)",
                "Due today (1)", today, "Due this week (the next seven days) (1)", week)
                .contains("http://127.0.0.1:8082/staff/cases/" + today)
                .doesNotContain(later).doesNotContain(met).doesNotContain(cancelled).doesNotContain(notHers);
        assertThat(parts.html()).contains("href=\"http://127.0.0.1:8082/staff/cases/" + overdue + "\"")
                .contains("href=\"http://127.0.0.1:8082/staff/cases/" + week + "\"")
                .contains("Meta Platforms Ireland Ltd.").doesNotContain(later);

        sender.sendDue();
        clock.set(WEDNESDAY_MORNING.plus(Duration.ofHours(6)));
        sender.sendDue();

        assertThat(digestsQueuedTo(ada)).isEqualTo(1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> mailsTo(ada).size() == 1);
    }

    @Test
    void aMemberWhoseZoneIsNotYetAtEightGetsTheDigestOnlyOnceItIsEvenWhenTheServiceWasDownAtEight() {
        String bea = member("bea", "en", "America/New_York");
        deadline(bea, null, "2030-03-14T03:59:59.999Z", "OPEN");
        clock.set(WEDNESDAY_MORNING);

        sender.sendDue();
        assertThat(digestsQueuedTo(bea)).isZero();

        // first round after a restart at 08:05 in New York (EDT, UTC-4)
        clock.set(Instant.parse("2030-03-13T12:05:00Z"));
        sender.sendDue();
        sender.sendDue();

        assertThat(digestsQueuedTo(bea)).isEqualTo(1);
        assertThat(awaitOneMailTo(bea).subject()).startsWith("Your deadlines on Wednesday 13 March 2030: 0 overdue, 1 due today");
    }

    @Test
    void theDigestIsWrittenInTheMembersLanguage() {
        String carl = member("carl", "de", "Europe/Berlin");
        String claire = member("claire", "fr", "Europe/Paris");
        deadline(carl, claire, "2030-03-12T22:59:59.999Z", "MISSED");
        clock.set(WEDNESDAY_MORNING);

        sender.sendDue();

        Received german = awaitOneMailTo(carl);
        assertThat(german.subject()).isEqualTo("Ihre Fristen am Mittwoch, 13. März 2030: 1 überfällig, 0 heute fällig, 0 diese Woche fällig");
        assertThat(german.parts().text()).contains("Überfällig (1)").contains("abgelaufen am Dienstag, 12. März 2030, 23:59 Uhr");
        assertThat(german.parts().html()).contains("<html lang=\"de\">");
        Received french = awaitOneMailTo(claire);
        assertThat(french.subject()).startsWith("Vos délais du mercredi 13 mars 2030 : 1 dépassé(s)");
        assertThat(french.parts().text()).contains("Dépassés (1)");
    }

    @Test
    void aDigestSentMoreThanLateAfterItsTimeSaysItComesLateAndWhenItWasDueInTheMembersLanguage() {
        String erin = member("erin", "en", "Europe/Berlin");
        deadline(erin, null, "2030-03-13T22:59:59.999Z", "OPEN");
        // 08:02 in Berlin: within late-after (5 minutes) of 08:00
        clock.set(Instant.parse("2030-03-13T07:02:00Z"));
        sender.sendDue();
        assertThat(awaitOneMailTo(erin).parts().text()).startsWith("Good morning.").doesNotContain("comes late");

        String finn = member("finn", "en", "Europe/Berlin");
        String greta = member("greta", "de", "Europe/Berlin");
        deadline(finn, greta, "2030-03-13T22:59:59.999Z", "OPEN");
        String hugo = member("hugo", "fr", "Europe/Paris");
        deadline(hugo, null, "2030-03-13T22:59:59.999Z", "OPEN");
        // the service was down from before 08:00 until 11:30 in Berlin
        clock.set(Instant.parse("2030-03-13T10:30:00Z"));
        sender.sendDue();

        String late = "This digest comes late: it was due at 08:00 (Europe/Berlin), while the reminder service was not"
                + " running. It lists your deadlines as they stand now.";
        MailParts english = awaitOneMailTo(finn).parts();
        assertThat(english.text()).startsWith(late);
        assertThat(english.html()).contains(late);
        assertThat(awaitOneMailTo(greta).parts().text())
                .startsWith("Diese Übersicht kommt verspätet: Sie war um 08:00 Uhr (Europe/Berlin) fällig");
        assertThat(awaitOneMailTo(hugo).parts().text())
                .startsWith("Ce récapitulatif arrive en retard : il était prévu à 08:00 (Europe/Paris)");
    }

    @Test
    void aMemberWhoOptedOutGetsNoDigestAndADayWithNothingToSayHasNone() {
        String dora = member("dora", "en", "Europe/Berlin");
        deadline(dora, null, "2030-03-13T22:59:59.999Z", "OPEN");
        QuarkusTransaction.requiringNew().run(() -> staff.save(dora, new StaffPreferences("en", false, null)));
        String emil = member("emil", "en", null);
        clock.set(WEDNESDAY_MORNING);

        sender.sendDue();

        assertThat(digestsQueuedTo(dora)).isZero();
        assertThat(daysRecordedFor(dora)).isZero();
        assertThat(digestsQueuedTo(emil)).isZero();
        assertThat(daysRecordedFor(emil)).isEqualTo(1);
    }

    @Test
    void twoInstancesLookingAtTheSameMomentSendOneDigest() throws Exception {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String member = member("race" + i, "en", "Europe/Berlin");
            deadline(member, null, "2030-03-13T22:59:59.999Z", "OPEN");
            members.add(member);
        }
        clock.set(WEDNESDAY_MORNING);

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<DigestSender.Round> round = sender::sendDue;
            List<Future<DigestSender.Round>> rounds = instances.invokeAll(List.of(round, round));
            int queued = 0;
            for (Future<DigestSender.Round> r : rounds) {
                queued += r.get().queued();
            }
            assertThat(queued).isGreaterThanOrEqualTo(members.size());
        } finally {
            instances.shutdownNow();
        }

        assertThat(members).allSatisfy(m -> assertThat(digestsQueuedTo(m)).isEqualTo(1));
    }

    String member(String who, String language, String zone) {
        String email = address(who);
        QuarkusTransaction.requiringNew().run(() -> staff.save(email, new StaffPreferences(language, true, zone)));
        return email;
    }

    /** A deadline of a new case owned by {@code owner}, with {@code team}; answers the case reference. */
    static String deadline(String owner, String team, String dueAt, String state) {
        String reference = "DG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        QuarkusTransaction.requiringNew().run(() -> {
            TrackedDeadline deadline = new TrackedDeadline();
            deadline.id = UUID.randomUUID();
            deadline.caseReference = reference;
            deadline.caseTitle = "Meta AI training on users' posts";
            deadline.respondent = "Meta Platforms Ireland Ltd.";
            deadline.kind = "COMPANY_RESPONSE";
            deadline.state = state;
            deadline.dueAt = OffsetDateTime.parse(dueAt.replace("Z", "+00:00"));
            deadline.zone = "Europe/Berlin";
            deadline.owner = owner;
            deadline.team = team;
            deadline.jurisdiction = "DE";
            deadline.version = 0;
            deadline.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            deadline.persist();
        });
        return reference;
    }

    static String address(String who) {
        return who + "-" + UUID.randomUUID() + DOMAIN;
    }

    static long digestsQueuedTo(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.count("recipient = ?1 and kind = ?2", recipient,
                DigestMail.KIND));
    }

    static long daysRecordedFor(String email) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Delivery.getEntityManager()
                .createNativeQuery("select count(*) from digest_sent where email = :email").setParameter("email", email)
                .getSingleResult()).longValue());
    }

    /** The subject and parts of the first email to {@code recipient}, once it has arrived. */
    record Received(String subject, MailParts parts) {
    }

    static Received awaitOneMailTo(String recipient) {
        await().atMost(Duration.ofSeconds(15)).until(() -> !mailsTo(recipient).isEmpty());
        return new Received(Mailbox.subjects(GreenMailTestResource.greenMail(), recipient).get(0),
                MailParts.of(mailsTo(recipient).get(0)));
    }

    static List<MimeMessage> mailsTo(String recipient) {
        return Mailbox.of(GreenMailTestResource.greenMail(), recipient);
    }
}
