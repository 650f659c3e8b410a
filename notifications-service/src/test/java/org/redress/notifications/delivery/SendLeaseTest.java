package org.redress.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.Mailbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** An email is recorded before its SMTP hand-off (SENDING, with a lease) and after it. */
@QuarkusTest
class SendLeaseTest {

    @Test
    void anEmailLeftSendingByADispatcherThatDiedIsSentAgainOnceWithTheSameMessageId() throws MessagingException {
        String recipient = "crashed-" + UUID.randomUUID() + "@staff.redress.example";
        Delivery delivery = claimedBeforeACrash(recipient, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(GreenMailTestResource.greenMail(), recipient).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> Mailbox.of(GreenMailTestResource.greenMail(), recipient).size() == 1);
        MimeMessage mail = Mailbox.of(GreenMailTestResource.greenMail(), recipient).get(0);
        assertThat(mail.getMessageID()).isEqualTo(delivery.messageId);
        Delivery sent = DispatchTest.reload(delivery);
        assertThat(sent.status).isEqualTo(Delivery.Status.SENT);
        assertThat(sent.attempts).isEqualTo(2);
        assertThat(sent.leaseUntil).isNull();
    }

    @Test
    void anEmailAnotherDispatcherHoldsALeaseOnIsNotSentUntilTheLeaseRunsOut() {
        String recipient = "leased-" + UUID.randomUUID() + "@staff.redress.example";
        Delivery delivery = claimedBeforeACrash(recipient, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5));

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4))
                .until(() -> Mailbox.of(GreenMailTestResource.greenMail(), recipient).isEmpty());
        assertThat(DispatchTest.reload(delivery).status).isEqualTo(Delivery.Status.SENDING);

        QuarkusTransaction.requiringNew().run(() -> Delivery.<Delivery>findById(delivery.id).leaseUntil =
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(GreenMailTestResource.greenMail(), recipient).size() == 1);
    }

    /** An email as a dispatcher leaves it when it dies during the hand-off: SENDING, attempt 1, lease until {@code leaseUntil}. */
    static Delivery claimedBeforeACrash(String recipient, OffsetDateTime leaseUntil) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            Delivery delivery = DispatchTest.queued(recipient, Delivery.REMINDER_PRIORITY, UUID.randomUUID(), now.minusMinutes(3));
            delivery.status = Delivery.Status.SENDING;
            delivery.attempts = 1;
            delivery.claimedAt = now.minusMinutes(2);
            delivery.leaseUntil = leaseUntil;
            return delivery;
        });
    }
}
