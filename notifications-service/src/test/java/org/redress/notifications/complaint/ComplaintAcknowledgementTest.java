package org.redress.notifications.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.redress.notifications.delivery.Delivery;
import org.redress.testsupport.AmqpTestSender;
import org.redress.testsupport.ArtemisTestResource;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.Mailbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ComplaintAcknowledgementTest {

    static String complaintSubmitted(UUID eventId, String reference, String email) {
        return """
                {"specversion":"1.0","id":"%s","source":"complaints-service","type":"complaint.submitted",
                 "time":"2026-05-14T10:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"complaintId":"%s","reference":"%s","version":0,"name":"Jane Doe","email":"%s",
                         "language":"en","company":"Meta Platforms Ireland Ltd","submittedAt":"2026-05-14T10:00:00Z"}}
                """.formatted(eventId, UUID.randomUUID(), UUID.randomUUID(), reference, email);
    }

    static List<MimeMessage> mailsTo(String recipient) {
        return Mailbox.of(GreenMailTestResource.greenMail(), recipient);
    }

    static void publish(String... events) {
        AmqpTestSender.send(ArtemisTestResource.broker().port(), "complaint-events", events);
    }

    @Test
    void acknowledgesASubmittedComplaintByEmailWithItsReference() throws Exception {
        String recipient = "jane-" + UUID.randomUUID() + "@example.org";
        publish(complaintSubmitted(UUID.randomUUID(), "RC-2026-000042", recipient));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(recipient).size() == 1);
        MimeMessage mail = mailsTo(recipient).get(0);
        assertThat(mail.getSubject()).isEqualTo("We received your complaint RC-2026-000042");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@redress.local");

        Delivery delivery = QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>find("recipient", recipient).singleResult());
        assertThat(delivery.status).isEqualTo(Delivery.Status.SENT);
        assertThat(delivery.sentAt).isNotNull();
        assertThat(delivery.reference).isEqualTo("RC-2026-000042");
        assertThat(mail.getMessageID()).isEqualTo(delivery.messageId);
    }

    @Test
    void sendsOneEmailWhenTheSameEventIsDeliveredTwice() {
        String recipient = "twice-" + UUID.randomUUID() + "@example.org";
        String event = complaintSubmitted(UUID.randomUUID(), "RC-2026-000043", recipient);
        publish(event, event);

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(recipient).size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(recipient).size() == 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Delivery.count("recipient", recipient))).isEqualTo(1);
    }

    @Test
    void aMalformedEventDoesNotHoldUpTheNextOne() {
        String recipient = "after-garbage-" + UUID.randomUUID() + "@example.org";
        publish("this is not an event", complaintSubmitted(UUID.randomUUID(), "RC-2026-000044", recipient));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(recipient).size() == 1);
    }
}
