package org.redress.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.redress.testsupport.AmqpQueueReader;
import org.redress.testsupport.ArtemisTestResource;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.Mailbox;
import org.redress.testsupport.RefusingSmtpServer;
import org.redress.testsupport.RefusingSmtpServer.Stage;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Real SMTP refusals: the test's GreenMail is stopped and a {@link RefusingSmtpServer} answers on
 * its port (the mailer's pooled connections to GreenMail are gone with it), then GreenMail is back.
 */
@QuarkusTest
class SmtpRefusalTest {

    /**
     * How long a step may take: a retry delay or two (first-retry-delay 5 s: 2.5-5 s, then 5-10 s) and one
     * hand-off that hangs until the test profile's send-timeout (10 s): a margin, should an email of the
     * test meet the silent connection of {@link #anEmailWhoseHandOffHangsDoesNotHoldUpTheEmailsQueuedAfterIt}.
     */
    private static final Duration WITHIN_ONE_HUNG_HANDOFF = Duration.ofSeconds(35);

    @Test
    void anEmailTheServerRefusesPermanentlyFailsAtOnceWithTheServersAnswerInTheLogAndInNotificationFailed() {
        String marker = "refused-" + UUID.randomUUID();
        String recipient = marker + "@staff.redress.example";
        String answer = "550 5.1.1 <" + recipient + ">: Recipient address rejected: User unknown";
        try (AmqpQueueReader events = AmqpQueueReader.open(ArtemisTestResource.broker().port(),
                "notification-events::cases.notification-events")) {
            Delivery delivery = whileRefusing(Stage.RCPT, answer, marker, refusing -> {
                Delivery queued = queue(recipient);
                await().atMost(WITHIN_ONE_HUNG_HANDOFF).until(() -> DispatchTest.reload(queued).status == Delivery.Status.FAILED);
                return queued;
            });

            Delivery failed = DispatchTest.reload(delivery);
            assertThat(failed.attempts).isEqualTo(1);
            assertThat(failed.lastError).contains("550").contains("User unknown");
            String event = events.awaitBodyContaining(delivery.id.toString(), Duration.ofSeconds(20));
            assertThat(event).contains("\"type\":\"notification.failed\"").contains("User unknown")
                    .doesNotContain(recipient);
        }
    }

    @Test
    void anEmailRefusedAfterItsDataIsFailedAtOnceToo() {
        String marker = "refused-data-" + UUID.randomUUID();
        Delivery delivery = whileRefusing(Stage.DATA, "554 5.7.1 Message rejected as spam", marker, refusing -> {
            Delivery queued = queue(marker + "@staff.redress.example");
            await().atMost(WITHIN_ONE_HUNG_HANDOFF).until(() -> DispatchTest.reload(queued).status == Delivery.Status.FAILED);
            assertThat(refusing.refused()).hasSize(1);
            return queued;
        });
        assertThat(DispatchTest.reload(delivery).lastError).contains("554").contains("rejected as spam");
    }

    @Test
    void anEmailTheServerDefersIsRetriedAndDeliveredOnceWhenTheServerAcceptsIt() {
        String marker = "deferred-" + UUID.randomUUID();
        String recipient = marker + "@staff.redress.example";
        Delivery delivery = whileRefusing(Stage.DATA, "451 4.3.0 Mailbox temporarily unavailable", marker, refusing -> {
            Delivery queued = queue(recipient);
            await().atMost(WITHIN_ONE_HUNG_HANDOFF).until(() -> DispatchTest.reload(queued).attempts >= 1
                    && DispatchTest.reload(queued).status == Delivery.Status.PENDING);
            Delivery deferred = DispatchTest.reload(queued);
            assertThat(deferred.lastError).contains("451").contains("temporarily unavailable");
            assertThat(deferred.nextAttemptAt).isAfter(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
            // retried for 24 hours (retry-for) from the first transient failure
            assertThat(deferred.retryUntil).isBetween(OffsetDateTime.now(ZoneOffset.UTC).plusHours(23),
                    OffsetDateTime.now(ZoneOffset.UTC).plusHours(24));
            return queued;
        });

        GreenMail smtp = GreenMailTestResource.greenMail();
        await().atMost(WITHIN_ONE_HUNG_HANDOFF.plusSeconds(15)).until(() -> Mailbox.of(smtp, recipient).size() == 1);
        // the outcome is recorded in its own transaction after the server accepted the message
        await().atMost(Duration.ofSeconds(10)).until(() -> DispatchTest.reload(delivery).status != Delivery.Status.SENDING);
        Delivery sent = DispatchTest.reload(delivery);
        assertThat(sent.status).isEqualTo(Delivery.Status.SENT);
        assertThat(Mailbox.of(smtp, recipient)).hasSize(1);
        assertThat(sent.attempts).isGreaterThanOrEqualTo(2);
        assertThat(sent.lastError).isNull();
    }

    @Test
    void anEmailStillDeferredWhenItsRetryWindowIsOverIsFailedWithTheServersLastAnswer() {
        String marker = "deferred-too-long-" + UUID.randomUUID();
        Delivery delivery = whileRefusing(Stage.RCPT, "451 4.7.1 Greylisted, try again later", marker, refusing -> {
            Delivery queued = QuarkusTransaction.requiringNew().call(() -> {
                Delivery d = DispatchTest.queued(marker + "@staff.redress.example", Delivery.REMINDER_PRIORITY,
                        UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC));
                Delivery managed = Delivery.findById(d.id);
                managed.retryUntil = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1); // failing for 24 hours already
                return managed;
            });
            await().atMost(WITHIN_ONE_HUNG_HANDOFF).until(() -> DispatchTest.reload(queued).status == Delivery.Status.FAILED);
            return queued;
        });
        assertThat(DispatchTest.reload(delivery).lastError).contains("451").contains("Greylisted");
    }

    @Test
    void anEmailWhoseHandOffHangsDoesNotHoldUpTheEmailsQueuedAfterIt() {
        String marker = "after-a-hung-one-" + UUID.randomUUID();
        String answer = "550 5.1.1 <" + marker + "@staff.redress.example>: Recipient address rejected: User unknown";
        Delivery first = whileRefusing(Stage.RCPT, answer, marker, refusing -> {
            refusing.silenceNextConnection();
            Delivery hangs = queue("hangs-" + UUID.randomUUID() + "@staff.redress.example");
            // its hand-off opens a connection the server never greets: it waits for send-timeout (10 s here)
            await().atMost(Duration.ofSeconds(5)).until(() -> refusing.silencedConnections() == 1);
            // three: it is enough that one of them is recorded while the first still hangs; none was while a round
            // waited for its slowest hand-off
            List<Delivery> after = IntStream.range(0, 3).mapToObj(i -> queue(marker + "-" + i + "@staff.redress.example")).toList();
            // handed off and recorded while the other one still hangs: the round stopped waiting after round-wait (2 s)
            await().atMost(Duration.ofSeconds(6)).until(() -> after.stream()
                    .anyMatch(queued -> DispatchTest.reload(queued).status == Delivery.Status.FAILED));
            assertThat(refusing.refused()).isNotEmpty().allMatch(to -> to.contains(marker));
            assertThat(refusing.silencedConnections()).isEqualTo(1);
            return hangs;
        });
        // the hung hand-off is recorded on its own when it ends (the silent connection is gone with the server);
        // a retry left by an earlier test may have opened the silent connection first, and is recorded the same way
        await().atMost(WITHIN_ONE_HUNG_HANDOFF).until(() -> DispatchTest.reload(first).status != Delivery.Status.SENDING);
    }

    interface WhileRefusing<T> {
        T run(RefusingSmtpServer refusing);
    }

    /** Runs {@code body} while a refusing server answers in GreenMail's place; GreenMail is back afterwards. */
    static <T> T whileRefusing(Stage stage, String answer, String marker, WhileRefusing<T> body) {
        GreenMail smtp = GreenMailTestResource.greenMail();
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        try (RefusingSmtpServer refusing = RefusingSmtpServer.start(port, stage, answer, marker)) {
            return body.run(refusing);
        } finally {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> restarted(smtp));
        }
    }

    private static boolean restarted(GreenMail smtp) {
        try {
            smtp.start();
            return true;
        } catch (IllegalStateException e) {
            smtp.stop();
            throw e;
        }
    }

    private static Delivery queue(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> DispatchTest.queued(recipient, Delivery.REMINDER_PRIORITY,
                UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
