package org.redress.notifications.delivery;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.redress.notifications.NotificationsConfig;
import org.redress.platform.outbox.Outbox;
import org.redress.platform.worker.DrainWorker;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.mail.SMTPException;

/**
 * Sends queued emails over SMTP, on a thread of its own — never inside a message handler, so a slow
 * or dead SMTP server cannot hold up event consumption. Each send has a timeout. Transient failures
 * (connection refused, timeout, 4xx) are retried with exponential backoff and jitter; a permanent
 * one (5xx) fails the delivery at once. Due rows are taken with {@code FOR UPDATE SKIP LOCKED}, so
 * two instances never send the same email, highest priority first: staff reminders before
 * complainant messages, so a status update to 100,000 complainants never holds a reminder back.
 * Each final outcome goes out as {@code notification.sent} or {@code notification.failed} through
 * the outbox, in the transaction that records it; every hand-off tells {@link SmtpHealth} whether the
 * SMTP server answered.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final String DUE = "select * from delivery where status = 'PENDING' and next_attempt_at <= now()"
            + " order by priority desc, next_attempt_at limit :limit for update skip locked";

    private final ReactiveMailer mailer;
    private final EntityManager em;
    private final NotificationsConfig config;
    private final DrainWorker worker;
    private final Outbox outbox;
    private final SmtpOutage outage;

    public MailDispatcher(ReactiveMailer mailer, EntityManager em, NotificationsConfig config, Outbox outbox,
            @Readiness SmtpHealth health) {
        this.mailer = mailer;
        this.em = em;
        this.config = config;
        this.outbox = outbox;
        this.outage = health.outage();
        this.worker = new DrainWorker("mail-dispatcher", this::sendRound, config.maxBackoff());
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryQueued queued) {
        worker.wake();
    }

    @Scheduled(every = "${redress.notifications.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        worker.wake();
    }

    /** Sends one batch of due emails; answers whether more may be due. */
    private boolean sendRound() {
        int timeoutSeconds = (int) (config.sendTimeout().toSeconds() * config.batchSize()) + 30;
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
            @SuppressWarnings("unchecked")
            List<Delivery> due = em.createNativeQuery(DUE, Delivery.class)
                    .setParameter("limit", config.batchSize())
                    .getResultList();
            due.forEach(this::send);
            return due.size() == config.batchSize();
        });
    }

    private void send(Delivery delivery) {
        delivery.attempts++;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            mailer.send(Mail.withText(delivery.recipient, delivery.subject, delivery.textBody)
                    .setHtml(delivery.htmlBody)
                    .addHeader("Message-ID", delivery.messageId))
                    .await().atMost(config.sendTimeout());
            delivery.status = Delivery.Status.SENT;
            delivery.sentAt = now;
            delivery.lastError = null;
            outage.sent();
            LOG.infof("Sent %s email %s (attempt %d)", delivery.kind, delivery.id, delivery.attempts);
            outcome(delivery, NotificationOutcome.SENT, now);
        } catch (RuntimeException e) {
            delivery.lastError = describe(e);
            boolean permanent = isPermanent(e);
            if (!permanent) {
                outage.failedTransiently(now.toInstant(), delivery.lastError);
            }
            if (permanent || delivery.attempts >= config.maxAttempts()) {
                delivery.status = Delivery.Status.FAILED;
                outcome(delivery, NotificationOutcome.FAILED, now);
                LOG.warnf("Failed %s email %s for good after %d attempt(s): %s", delivery.kind, delivery.id,
                        delivery.attempts, delivery.lastError);
            } else {
                delivery.nextAttemptAt = now.plus(retryDelay(delivery.attempts));
                LOG.warnf("Could not send %s email %s (attempt %d), retrying at %s: %s", delivery.kind, delivery.id,
                        delivery.attempts, delivery.nextAttemptAt, delivery.lastError);
            }
        }
    }

    private void outcome(Delivery delivery, String type, OffsetDateTime at) {
        outbox.publish(NotificationOutcome.ADDRESS, type, delivery.id.toString(),
                NotificationOutcome.of(delivery, at.toInstant()));
    }

    /** Exponential backoff with full jitter over the upper half: between d/2 and d, d doubling. */
    Duration retryDelay(int attempts) {
        long max = config.firstRetryDelay().toMillis() << Math.min(attempts - 1, 20);
        return Duration.ofMillis(max / 2 + ThreadLocalRandom.current().nextLong(max / 2 + 1));
    }

    private static boolean isPermanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp.isPermanent();
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    @PreDestroy
    void stop() {
        worker.close();
    }
}
