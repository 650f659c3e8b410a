package org.redress.cases.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.redress.cases.CasesConfig;
import org.redress.platform.sql.SqlTimestamps;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Marks a running deadline missed as soon as its due instant has passed, without a nightly batch:
 * one thread sleeps until the earliest running due instant, marks what is due, and sleeps again.
 * Every committed change to a deadline here wakes it to re-arm; changes made by another instance
 * are seen after at most {@code max-sleep}. At start-up it catches up on whatever fell due while
 * the service was down. Due rows are taken with {@code FOR UPDATE SKIP LOCKED}, so two instances
 * never mark the same deadline twice; a row already marked is no longer running.
 */
@ApplicationScoped
public class MissedDeadlineClock {

    private static final Logger LOG = Logger.getLogger(MissedDeadlineClock.class);
    private static final String DUE = "select * from deadline where state in ('OPEN', 'EXTENDED') and due_at <= :now"
            + " order by due_at limit :limit for update skip locked";
    private static final String NEXT = "select min(due_at) from deadline where state in ('OPEN', 'EXTENDED')";

    private static final Duration MIN_PAUSE = Duration.ofMillis(200);

    private final DeadlineService deadlines;
    private final EntityManager em;
    private final CasesConfig.MissedClock config;
    private final Object signal = new Object();
    private volatile boolean woken;
    private volatile Thread thread;

    public MissedDeadlineClock(DeadlineService deadlines, EntityManager em, CasesConfig config) {
        this.deadlines = deadlines;
        this.em = em;
        this.config = config.missedClock();
    }

    void start(@Observes StartupEvent started) {
        thread = new Thread(this::run, "missed-deadline-clock");
        thread.setDaemon(true);
        thread.start();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlinesChanged changed) {
        wake();
    }

    void stop(@Observes ShutdownEvent stopping) {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
        }
    }

    private void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        Duration pause = Duration.ZERO;
        while (thread != null) {
            try {
                sleep(pause);
                while (markRound() == config.batchSize()) {
                    // more may be due
                }
                pause = untilNextDue();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                pause = Duration.ofSeconds(5).compareTo(config.maxSleep()) < 0 ? Duration.ofSeconds(5) : config.maxSleep();
                LOG.warnf("Could not mark missed deadlines, next try in %d s: %s", pause.toSeconds(), e.getMessage());
            }
        }
    }

    private void sleep(Duration pause) throws InterruptedException {
        synchronized (signal) {
            if (!woken && !pause.isZero() && !pause.isNegative()) {
                signal.wait(pause.toMillis() + 1);
            }
            woken = false;
        }
    }

    /** Marks one batch of due deadlines missed, in one transaction; answers how many. */
    int markRound() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Deadline> due = em.createNativeQuery(DUE, Deadline.class)
                    .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .setParameter("limit", config.batchSize())
                    .getResultList();
            due.forEach(deadlines::miss);
            if (!due.isEmpty()) {
                LOG.infof("Marked %d deadline(s) missed", due.size());
            }
            return due.size();
        });
    }

    private Duration untilNextDue() {
        Object next = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(NEXT).getSingleResult());
        if (next == null) {
            return config.maxSleep();
        }
        Duration until = Duration.between(Instant.now(), SqlTimestamps.instant(next));
        if (until.compareTo(config.maxSleep()) > 0) {
            return config.maxSleep();
        }
        // already due but not marked: another instance holds the row; look again shortly
        return until.compareTo(MIN_PAUSE) < 0 ? MIN_PAUSE : until;
    }
}
