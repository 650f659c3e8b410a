package org.redress.notifications.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.smallrye.health.api.Wellness;
import org.jboss.logging.Logger;
import org.redress.notifications.NotificationsConfig;
import org.redress.platform.worker.Next;
import org.redress.platform.worker.Timing;
import org.redress.platform.worker.Worker;
import org.redress.platform.worker.Workers;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.SMTPException;

/**
 * Sends queued emails over SMTP, on a thread of its own — never inside a message handler, so a slow
 * or dead SMTP server cannot hold up event consumption. Each round claims a batch of due emails in
 * one short transaction ({@link DeliveryClaims}: {@code FOR UPDATE SKIP LOCKED}, staff reminders
 * before complainant messages), hands them to the SMTP server outside any transaction, up to
 * {@code send-concurrency} at a time over the mailer's pooled connections, each with its stable
 * Message-ID and a timeout, and records the outcomes in a second short transaction together with
 * {@code notification.sent} / {@code notification.failed}, on a thread of its own while the next
 * batch is handed off. A round waits at most {@code round-wait} for its hand-offs ({@link Round}):
 * one that hangs until its timeout is recorded when it ends, and does not hold up the next round.
 * Transient failures (connection refused, timeout, 4xx) are retried with
 * exponential backoff and jitter; a permanent one (5xx) fails the delivery at once. Every hand-off tells {@link SmtpHealth} whether the SMTP server answered.
 * Its rounds run on a platform {@link Worker} ("mail-dispatcher", its backlog the emails due).
 */
@Startup
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    /** How long the outcomes of a round are tried again while the database is away. */
    private static final Duration RECORD_FOR = Duration.ofSeconds(20);

    private final ReactiveMailer mailer;
    private final DeliveryClaims claims;
    private final NotificationsConfig config;
    private final Worker worker;
    private final InstanceHeartbeat heartbeat;
    private final SmtpOutage outage;
    private final SmtpContext smtpContext;
    private final ExecutorService recorder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-recorder");
        thread.setDaemon(true);
        return thread;
    });
    /** The previous batch's outcomes being written; read and replaced by the dispatcher's thread only. */
    private CompletableFuture<Void> recording = CompletableFuture.completedFuture(null);
    /** Every round's emails, handed off send-concurrency at a time across rounds. */
    private final UnicastProcessor<Job> jobs = UnicastProcessor.create();
    /** Claimed emails whose hand-off has not ended yet. */
    private final AtomicInteger outstanding = new AtomicInteger();

    /** An email of a round, to be handed off unless it is past {@code startBy} (System.nanoTime()). */
    private record Job(Claimed email, Round round, long startBy) {
    }

    public MailDispatcher(ReactiveMailer mailer, DeliveryClaims claims, NotificationsConfig config,
            @Wellness SmtpHealth health, Vertx vertx, InstanceHeartbeat heartbeat, Workers workers) {
        if (config.sendLease().compareTo(config.sendTimeout().multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("redress.notifications.send-lease (" + config.sendLease()
                    + ") must be at least twice redress.notifications.send-timeout (" + config.sendTimeout() + ")");
        }
        this.mailer = mailer;
        this.heartbeat = heartbeat;
        this.claims = claims;
        this.config = config;
        this.outage = health.outage();
        this.smtpContext = new SmtpContext(vertx);
        this.worker = workers.define("mail-dispatcher", Timing.pollEvery(config.pollInterval()).maxBackoff(config.maxBackoff()),
                () -> Next.nowIf(sendRound()), claims::due);
        jobs.onItem().transformToUni(job -> handOff(job.email(), job.startBy()).invoke(handoff -> ended(job, handoff)))
                .merge(config.sendConcurrency())
                .subscribe().with(handoff -> {
                }, failure -> LOG.error("The mail dispatcher's hand-offs stopped", failure));
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryQueued queued) {
        worker.wake();
    }

    /**
     * Claims and hands off one batch of due emails, then leaves its outcomes to the recorder thread,
     * so the next batch is claimed and handed off while this one's are written; answers whether more
     * may be due. At most one batch waits to be recorded: the previous one's outcomes are written
     * before this one's are queued.
     */
    private boolean sendRound() {
        // hand-offs of earlier rounds still going (at most until their timeout) leave less room
        int limit = Math.min(config.batchSize(), config.batchSize() + config.sendConcurrency() - outstanding.get());
        List<Claimed> claimed = limit > 0 ? claims.claim(limit) : List.of();
        if (claimed.isEmpty()) {
            awaitRecording();
            return false;
        }
        // no hand-off starts so late that it could outlive the claim
        long startBy = System.nanoTime() + config.sendLease().minus(config.sendTimeout()).toNanos();
        long began = System.nanoTime();
        Round round = new Round(claimed.size(), this::recordLate);
        outstanding.addAndGet(claimed.size());
        claimed.forEach(email -> jobs.onNext(new Job(email, round, startBy)));
        List<Handoff> handoffs = round.awaitUpTo(config.roundWait());
        long tookMs = (System.nanoTime() - began) / 1_000_000;
        int stillGoing = claimed.size() - handoffs.size();
        awaitRecording();
        recording = CompletableFuture.runAsync(() -> {
            record(handoffs);
            logRound(handoffs, stillGoing, tookMs);
        }, recorder);
        return claimed.size() == limit;
    }

    private void ended(Job job, Handoff handoff) {
        outstanding.decrementAndGet();
        job.round().ended(handoff);
    }

    /** A hand-off that ended after its round stopped waiting: recorded on its own. */
    private void recordLate(Handoff handoff) {
        try {
            recorder.execute(() -> {
                try {
                    record(List.of(handoff));
                    LOG.infof("Handed %s email %s to the SMTP server after its round: %s", handoff.claimed().kind(),
                            handoff.claimed().id(), handoff.result());
                } catch (RuntimeException e) {
                    // still SENDING: sent again with its Message-ID once its lease runs out, as after a crash
                    LOG.warnf("Could not record the outcome of email %s: %s", handoff.claimed().id(), e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            // stopping: as above, the email goes again with its Message-ID once its lease runs out
        }
    }

    /**
     * Writes the outcomes of hand-offs, trying again for up to {@code RECORD_FOR} while the database
     * is away (a restart, a failover): the outcomes exist only here, and an email left SENDING is
     * sent again only once its lease runs out (a copy, two minutes late). Writing them twice is
     * harmless: an outcome is written only while the claim is still SENDING with the same attempt.
     */
    private void record(List<Handoff> handoffs) {
        long giveUpAt = System.nanoTime() + RECORD_FOR.toNanos();
        long pauseMs = 250;
        while (true) {
            try {
                claims.record(handoffs);
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() - giveUpAt > 0) {
                    throw e;
                }
                LOG.warnf("Could not record the outcomes of %d email(s), trying again in %d ms: %s", handoffs.size(), pauseMs,
                        e.getMessage());
                try {
                    Thread.sleep(pauseMs);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pauseMs = Math.min(pauseMs * 2, 2000);
            }
        }
    }

    /**
     * Waits until the previous batch's outcomes are written. If writing them failed, the failure is
     * this round's: the worker backs off, and those emails, still SENDING, are claimed again once
     * their lease runs out, with the same Message-ID, as after a crash.
     */
    private void awaitRecording() {
        try {
            recording.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** One line per round at INFO (one per email would cost more than the hand-off at 500 emails/s); failures are logged each. */
    private static void logRound(List<Handoff> handoffs, int stillGoing, long tookMs) {
        Map<Handoff.Result, Long> results = handoffs.stream()
                .collect(Collectors.groupingBy(Handoff::result, () -> new EnumMap<>(Handoff.Result.class), Collectors.counting()));
        if (stillGoing == 0) {
            LOG.infof("Handed %d email(s) to the SMTP server in %d ms: %s", handoffs.size(), tookMs, results);
        } else {
            LOG.infof("Handed %d email(s) to the SMTP server in %d ms: %s; %d still going, recorded when they end",
                    handoffs.size(), tookMs, results, stillGoing);
        }
    }

    private Uni<Handoff> handOff(Claimed email, long startBy) {
        if (System.nanoTime() - startBy > 0) {
            return Uni.createFrom().item(Handoff.notStarted(email, Instant.now()));
        }
        // deferred: whatever goes wrong in building or starting the send ends this hand-off, not the dispatcher's stream
        return Uni.createFrom().deferred(() -> mailer.send(mail(email)))
                // started on one event-loop context, so that a new connection never misses the server's greeting
                .runSubscriptionOn(smtpContext)
                .ifNoItem().after(config.sendTimeout()).failWith(() -> new SendTimeout(config.sendTimeout()))
                .onItemOrFailure().transform((done, failure) -> failure == null ? sent(email) : failed(email, failure))
                // a bug in the lines above must not end the stream every round's hand-offs go through
                .onFailure().recoverWithItem(bug -> new Handoff(email, Handoff.Result.RETRY, Instant.now(), describe(bug),
                        Instant.now().plus(config.firstRetryDelay()), email.retryUntil()));
    }

    /** The email as the SMTP server gets it: its own sender, Reply-To and attachments where it has them. */
    static Mail mail(Claimed email) {
        Mail mail = new Mail().setTo(email.recipients()).setSubject(email.subject()).setText(email.textBody())
                .setHtml(AsciiHtml.of(email.htmlBody()))
                .addHeader("Message-ID", email.messageId());
        if (email.sender() != null) {
            mail.setFrom(email.sender());
        }
        if (email.replyTo() != null) {
            mail.setReplyTo(email.replyTo());
        }
        for (Attachment attachment : email.attachments()) {
            mail.addAttachment(attachment.fileName(), attachment.content(), attachment.contentType());
        }
        return mail;
    }

    private Handoff sent(Claimed email) {
        Instant unreachableSince = outage.sent();
        if (unreachableSince != null) {
            retryWaiting(unreachableSince);
        }
        LOG.debugf("Sent %s email %s (attempt %d)", email.kind(), email.id(), email.attempt());
        return Handoff.sent(email, Instant.now());
    }

    private Handoff failed(Claimed email, Throwable failure) {
        Instant now = Instant.now();
        String error = describe(failure);
        boolean permanent = isPermanent(failure);
        if (!permanent && isReply(failure)) {
            outage.failedTransiently(now, error);
        } else if (!permanent) {
            outage.unreachable(now, error);
        }
        Instant until = email.retryUntil() != null ? email.retryUntil() : now.plus(config.retryFor());
        if (permanent || !now.isBefore(until)) {
            LOG.warnf("Failed %s email %s for good after %d attempt(s): %s", email.kind(), email.id(), email.attempt(),
                    NotificationOutcome.withoutRecipient(error, email.recipient()));
            return new Handoff(email, Handoff.Result.FAILED, now, error, null, null);
        }
        Instant retryAt = earliest(now.plus(retryDelay(email.attempt())), until);
        LOG.warnf("Could not send %s email %s (attempt %d), retrying at %s: %s", email.kind(), email.id(),
                email.attempt(), retryAt, NotificationOutcome.withoutRecipient(error, email.recipient()));
        return new Handoff(email, Handoff.Result.RETRY, now, error, retryAt, until);
    }

    /**
     * The SMTP server answers again: the emails that wait for a retry because it was unreachable go
     * now, not at the end of their backoff (after a 30 s outage, up to a minute later).
     */
    private void retryWaiting(Instant unreachableSince) {
        try {
            recorder.execute(() -> {
                try {
                    // a hand-off that failed at that instant was claimed at most a lease earlier
                    int due = claims.retryNow(unreachableSince.minus(config.sendLease()));
                    if (due > 0) {
                        LOG.infof("The SMTP server answers again (unreachable since %s): %d email(s) waiting for a retry go now",
                                unreachableSince, due);
                        worker.wake();
                    }
                } catch (RuntimeException e) {
                    LOG.warnf("Could not bring forward the retries after the SMTP outage; they go at their time: %s", e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            // stopping: the retries go at their time
        }
    }

    /**
     * Exponential backoff with full jitter over the upper half: between d/2 and d, d doubling from
     * {@code first-retry-delay} up to {@code max-retry-delay}.
     */
    Duration retryDelay(int attempts) {
        long max = Math.min(config.firstRetryDelay().toMillis() << Math.min(attempts - 1, 20),
                config.maxRetryDelay().toMillis());
        return Duration.ofMillis(max / 2 + ThreadLocalRandom.current().nextLong(max / 2 + 1));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** An SMTP hand-off that took longer than {@code send-timeout}: transient. */
    static final class SendTimeout extends RuntimeException {
        SendTimeout(Duration timeout) {
            super("no answer from the SMTP server within " + timeout.toMillis() + " ms", null, false, false);
        }
    }

    /** Whether {@code e} is the SMTP server's reply (4xx/5xx) rather than no connection or no answer. */
    private static boolean isReply(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPException) {
                return true;
            }
        }
        return false;
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

    /**
     * On shutdown, while the database is still there (a {@code @PreDestroy} runs after Hibernate has
     * closed, too late to leave): no new batch, the last one's outcomes written, then the heartbeat
     * row removed so that anything still claimed is taken over at once.
     */
    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        worker.close();
        jobs.onComplete();
        recorder.shutdown();
        // the outcomes of the last batch handed off are written before the service stops
        recorder.awaitTermination(10, TimeUnit.SECONDS);
        // whatever is still claimed (a hand-off that hangs) goes to the other instances now, not after its lease
        heartbeat.leave();
    }
}
