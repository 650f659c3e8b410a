package org.redress.notifications.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.redress.testsupport.AmqpQueueReader;
import org.redress.testsupport.ArtemisTestResource;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.Mailbox;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DispatchTest {

    @TestHTTPResource(value = "/health/well", management = true)
    URL wellness;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Test
    void aStaffReminderQueuedBehindHundredsOfComplainantMessagesIsSentAmongTheFirst() {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        String reminderTo = "reminder-" + batch + "@staff.redress.example";
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 400; i++) {
                queued("complainant-" + batch + "-" + i + "@example.org", 0, null, now.minusMinutes(1));
            }
            queued(reminderTo, Delivery.REMINDER_PRIORITY, UUID.randomUUID(), now);
        });

        await().atMost(Duration.ofSeconds(60)).until(() -> receivedFor(batch).size() == 401);
        List<String> order = receivedFor(batch);
        assertThat(order.indexOf(reminderTo)).as("position of the reminder among %d emails", order.size()).isLessThan(60);
    }

    @Test
    void eachSentEmailGoesOutAsNotificationSentWithoutTheRecipientsAddress() {
        try (AmqpQueueReader events = AmqpQueueReader.open(ArtemisTestResource.broker().port(),
                "notification-events::cases.notification-events")) {
            String recipient = "outcome-" + UUID.randomUUID() + "@staff.redress.example";
            UUID reminderId = UUID.randomUUID();
            Delivery delivery = QuarkusTransaction.requiringNew().call(() -> queued(recipient, Delivery.REMINDER_PRIORITY,
                    reminderId, OffsetDateTime.now(ZoneOffset.UTC)));

            String event = events.awaitBodyContaining(delivery.id.toString(), Duration.ofSeconds(20));
            assertThat(event).contains("\"type\":\"notification.sent\"").contains(delivery.messageId)
                    .contains("\"caseReference\":\"RC-2026-000900\"").contains(reminderId.toString())
                    .doesNotContain(recipient).doesNotContain("\"error\"");
        }
    }

    @Test
    void aReminderQueuedWhileTheSmtpServerIsDownIsDeliveredOnceAfterBackoffWhenItIsBack() {
        GreenMail smtp = GreenMailTestResource.greenMail();
        String recipient = "smtp-down-" + UUID.randomUUID() + "@staff.redress.example";
        Delivery delivery;
        smtp.stop();
        try {
            delivery = QuarkusTransaction.requiringNew().call(() -> queued(recipient, Delivery.REMINDER_PRIORITY,
                    UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC)));
            // tried once, and the outcome recorded (its own transaction, after the hand-off failed)
            await().atMost(Duration.ofSeconds(15)).until(() -> reload(delivery), tried -> tried.attempts >= 1
                    && tried.status != Delivery.Status.SENDING);
            Delivery failing = reload(delivery);
            assertThat(failing.status).isEqualTo(Delivery.Status.PENDING);
            assertThat(failing.lastError).isNotBlank();
            assertThat(failing.nextAttemptAt).isAfter(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
            given().when().get(wellness).then().body(containsString("failingSince"));
        } finally {
            smtp.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.of(smtp, recipient).size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> Mailbox.of(smtp, recipient).size() == 1);
        Delivery sent = reload(delivery);
        assertThat(sent.status).isEqualTo(Delivery.Status.SENT);
        assertThat(sent.attempts).isGreaterThanOrEqualTo(2);
        given().when().get(wellness).then().body(org.hamcrest.Matchers.not(containsString("failingSince")));
    }

    @Test
    void emailsWaitingForTheirRetryBecauseTheSmtpServerWasUnreachableGoAsSoonAsItAnswersAgain() {
        GreenMail smtp = GreenMailTestResource.greenMail();
        String waiting = "smtp-back-" + UUID.randomUUID() + "@staff.redress.example";
        Delivery delivery;
        smtp.stop();
        try {
            delivery = QuarkusTransaction.requiringNew().call(() -> queued(waiting, Delivery.REMINDER_PRIORITY,
                    UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC)));
            await().atMost(Duration.ofSeconds(15)).until(() -> reload(delivery), tried -> tried.attempts >= 1
                    && tried.status == Delivery.Status.PENDING);
            // as after a long outage: its next attempt lies far ahead
            QuarkusTransaction.requiringNew().run(() -> Delivery.update("nextAttemptAt = ?1 where id = ?2",
                    OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10), delivery.id));
        } finally {
            smtp.start();
        }
        // the next email that gets through shows the server is back
        String next = "smtp-back-next-" + UUID.randomUUID() + "@staff.redress.example";
        QuarkusTransaction.requiringNew().run(() -> queued(next, Delivery.REMINDER_PRIORITY, UUID.randomUUID(),
                OffsetDateTime.now(ZoneOffset.UTC)));

        await().atMost(Duration.ofSeconds(15)).until(() -> Mailbox.of(smtp, waiting).size() == 1);
        // the outcome is written once the server has accepted the email: a moment after it is in the mailbox
        await().atMost(Duration.ofSeconds(5)).until(() -> reload(delivery).status, status -> status == Delivery.Status.SENT);
    }

    static Delivery reload(Delivery delivery) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>findById(delivery.id));
    }

    @Test
    void theSmtpServerIsReportedAmongTheWellnessChecksNotInReadiness() {
        // an SMTP outage holds emails back but the service still serves: no reason to take it out of its Service
        given().when().get(wellness).then().statusCode(200).body(containsString("SMTP server (emails and reminders)"));
        given().when().get(readiness).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("SMTP server")));
    }

    static Delivery queued(String recipient, int priority, UUID reminderId, OffsetDateTime at) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.messageId = "<" + delivery.id + "@redress.local>";
        delivery.kind = reminderId == null ? "complaint-status-update" : "reminder-ended";
        delivery.reference = reminderId == null ? "RC-2026-000901" : "RC-2026-000900";
        delivery.recipient = recipient;
        delivery.subject = "Test " + recipient;
        delivery.textBody = "text";
        delivery.htmlBody = "<p>html</p>";
        delivery.status = Delivery.Status.PENDING;
        delivery.createdAt = at;
        delivery.nextAttemptAt = at;
        delivery.priority = priority;
        delivery.reminderId = reminderId;
        delivery.persist();
        return delivery;
    }

    /** The recipients containing {@code batch} of the emails GreenMail received, in the order it received them. */
    static List<String> receivedFor(String batch) {
        return Arrays.stream(GreenMailTestResource.greenMail().getReceivedMessages())
                .map(DispatchTest::recipient).filter(r -> r.contains(batch)).toList();
    }

    static String recipient(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null || to.length == 0 ? "" : to[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
