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

/**
 * An email is recorded before its SMTP hand-off (SENDING, with a lease and the claiming instance)
 * and after it. A claim is abandoned, and the email sent again with its Message-ID, once the
 * instance that made it stops beating (killed or stopped) or, at the latest, once its lease runs out.
 */
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
    void anEmailHeldByAnInstanceWhoseHeartbeatStoppedIsSentWithinSecondsLongBeforeItsLease() throws MessagingException {
        String recipient = "killed-" + UUID.randomUUID() + "@staff.redress.example";
        UUID killed = instanceLastSeen(Duration.ofSeconds(30));
        Delivery delivery = claimedBeforeACrash(recipient, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(2), killed);

        await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.of(GreenMailTestResource.greenMail(), recipient).size() == 1);
        assertThat(Mailbox.of(GreenMailTestResource.greenMail(), recipient).get(0).getMessageID()).isEqualTo(delivery.messageId);
        assertThat(DispatchTest.reload(delivery).status).isEqualTo(Delivery.Status.SENT);
    }

    @Test
    void anEmailHeldByAnInstanceThatStoppedAndLeftIsSentAtOnce() {
        String recipient = "stopped-" + UUID.randomUUID() + "@staff.redress.example";
        // an instance that stopped deletes its heartbeat: its claim names an instance without a row
        claimedBeforeACrash(recipient, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(2), UUID.randomUUID());

        await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.of(GreenMailTestResource.greenMail(), recipient).size() == 1);
    }

    @Test
    void anEmailHeldByAnInstanceThatStillBeatsIsLeftToItUntilItsHeartbeatStops() {
        String recipient = "alive-" + UUID.randomUUID() + "@staff.redress.example";
        // "last seen an hour from now": beating for the whole wait, without a thread to renew it
        UUID alive = instanceLastSeen(Duration.ofHours(-1));
        Delivery delivery = claimedBeforeACrash(recipient, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(2), alive);

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4))
                .until(() -> Mailbox.of(GreenMailTestResource.greenMail(), recipient).isEmpty());
        assertThat(DispatchTest.reload(delivery).status).isEqualTo(Delivery.Status.SENDING);

        lastSeen(alive, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.of(GreenMailTestResource.greenMail(), recipient).size() == 1);
    }

    @Test
    void anEmailClaimedWithoutAnInstanceIsNotSentUntilItsLeaseRunsOut() {
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
        return claimedBeforeACrash(recipient, leaseUntil, null);
    }

    /** The same, claimed by the instance {@code instance}. */
    static Delivery claimedBeforeACrash(String recipient, OffsetDateTime leaseUntil, UUID instance) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            Delivery delivery = DispatchTest.queued(recipient, Delivery.REMINDER_PRIORITY, UUID.randomUUID(), now.minusMinutes(3));
            delivery.status = Delivery.Status.SENDING;
            delivery.attempts = 1;
            delivery.claimedAt = now.minusMinutes(2);
            delivery.leaseUntil = leaseUntil;
            delivery.claimedBy = instance;
            return delivery;
        });
    }

    /** Another instance, whose last heartbeat was {@code ago} ago (negative: still to come). */
    static UUID instanceLastSeen(Duration ago) {
        UUID instance = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Delivery.getEntityManager().createNativeQuery(
                "insert into instance_heartbeat (id, started_at, beat_at) values (:id, now() - interval '1 hour', now())")
                .setParameter("id", instance).executeUpdate());
        lastSeen(instance, ago);
        return instance;
    }

    static void lastSeen(UUID instance, Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> Delivery.getEntityManager().createNativeQuery(
                "update instance_heartbeat set beat_at = clock_timestamp() - make_interval(secs => :ago) where id = :id")
                .setParameter("ago", ago.toMillis() / 1000.0).setParameter("id", instance).executeUpdate());
    }
}
