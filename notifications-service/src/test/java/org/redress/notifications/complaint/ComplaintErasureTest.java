package org.redress.notifications.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.redress.notifications.delivery.Delivery;
import org.redress.notifications.support.Events;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.Mailbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ComplaintErasureTest {

    @Test
    void aSubmittedComplaintSendsNoEmail() {
        String recipient = "submitted-" + UUID.randomUUID() + "@example.org";
        UUID later = UUID.randomUUID();
        Events.toComplaintEvents(Events.complaintSubmitted(UUID.randomUUID(), "RC-2026-000201", recipient),
                Events.complaintErased(later, "RC-2026-000202"));

        // the queue is read in order: once the later event is handled, the submitted one was too
        await().atMost(Duration.ofSeconds(20)).until(() -> erased(later));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Delivery.count("recipient", recipient))).isZero();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> mailsTo(recipient).isEmpty());
    }

    @Test
    void erasureCancelsAnEmailStillWaitingToBeSentAndErasesItsRecipient() {
        UUID complaintId = UUID.randomUUID();
        String recipient = "waiting-" + UUID.randomUUID() + "@example.org";
        UUID waiting = QuarkusTransaction.requiringNew().call(() -> waitingForRetry(complaintId, recipient).id);

        Events.toComplaintEvents(Events.complaintErased(complaintId, "RC-2026-000203"));

        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(waiting).status == Delivery.Status.CANCELLED);
        Delivery cancelled = delivery(waiting);
        assertThat(cancelled.recipient).isEqualTo(Delivery.ERASED);
        assertThat(cancelled.textBody).isEmpty();
        assertThat(cancelled.htmlBody).isEmpty();
        assertThat(cancelled.lastError).isEqualTo(Delivery.ERASED);
        assertThat(cancelled.reference).isEqualTo("RC-2026-000203");
        assertThat(cancelled.kind).isEqualTo("complaint-verification");
        assertThat(mailsTo(recipient)).isEmpty();
    }

    @Test
    void erasureBlanksASentEmailButKeepsItInTheDeliveryLog() {
        UUID complaintId = UUID.randomUUID();
        String recipient = "sent-" + UUID.randomUUID() + "@example.org";
        Events.toNotificationRequests(Events.notificationRequested(UUID.randomUUID(), Events.request(
                "complaint-acknowledgement", complaintId, "RC-2026-000204", recipient, "Ada", "en",
                "https://complaints.redress.example/status/secret")));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(recipient).size() == 1);
        UUID sent = QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>find("recipient", recipient).singleResult().id);
        await().atMost(Duration.ofSeconds(10)).until(() -> delivery(sent).status == Delivery.Status.SENT);

        Events.toComplaintEvents(Events.complaintErased(complaintId, "RC-2026-000204"));

        await().atMost(Duration.ofSeconds(20)).until(() -> Delivery.ERASED.equals(delivery(sent).recipient));
        Delivery erased = delivery(sent);
        assertThat(erased.status).isEqualTo(Delivery.Status.SENT);
        assertThat(erased.sentAt).isNotNull();
        assertThat(erased.textBody).isEmpty();
        assertThat(erased.htmlBody).isEmpty();
        assertThat(erased.subject).isEqualTo("We received your complaint RC-2026-000204");
        assertThat(erased.messageId).isNotBlank();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Delivery.count("recipient", recipient))).isZero();
    }

    @Test
    void aRequestForAnEmailAboutAnErasedComplaintSendsNothing() {
        UUID complaintId = UUID.randomUUID();
        String recipient = "too-late-" + UUID.randomUUID() + "@example.org";
        Events.toComplaintEvents(Events.complaintErased(complaintId, "RC-2026-000205"));
        await().atMost(Duration.ofSeconds(20)).until(() -> erased(complaintId));

        Events.toNotificationRequests(
                Events.notificationRequested(UUID.randomUUID(), Events.request("complaint-status-link", complaintId,
                        "RC-2026-000205", recipient, "Ada", "en", "https://complaints.redress.example/status/x")),
                Events.notificationRequested(UUID.randomUUID(), Events.request("complaint-status-link", UUID.randomUUID(),
                        "RC-2026-000206", recipient, "Ada", "en", "https://complaints.redress.example/status/y")));

        // the second request, about another complaint, is read after the first: its email proves the first was handled
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(recipient).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> mailsTo(recipient).size() == 1);
        assertThat(subject(mailsTo(recipient).get(0))).isEqualTo("Your link to complaint RC-2026-000206");
    }

    /** An email about the complaint whose first attempt failed with a transient error, due again in an hour. */
    static Delivery waitingForRetry(UUID complaintId, String recipient) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.messageId = "<" + delivery.id + "@redress.test>";
        delivery.kind = "complaint-verification";
        delivery.complaintId = complaintId;
        delivery.reference = "RC-2026-000203";
        delivery.recipient = recipient;
        delivery.subject = "Please confirm your email address for complaint RC-2026-000203";
        delivery.textBody = "Hello Ada, ...";
        delivery.htmlBody = "<p>Hello Ada, ...</p>";
        delivery.status = Delivery.Status.PENDING;
        delivery.attempts = 1;
        delivery.lastError = "451 4.2.0 <" + recipient.toUpperCase() + ">: mailbox busy, try again later";
        delivery.createdAt = now;
        delivery.nextAttemptAt = now.plusHours(1);
        delivery.persist();
        return delivery;
    }

    static Delivery delivery(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>findById(id));
    }

    static boolean erased(UUID complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Delivery.getEntityManager()
                .createNativeQuery("select count(*) from erased_complaint where complaint_id = :id")
                .setParameter("id", complaintId).getSingleResult()).intValue() == 1);
    }

    static List<MimeMessage> mailsTo(String recipient) {
        return Mailbox.of(GreenMailTestResource.greenMail(), recipient);
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
