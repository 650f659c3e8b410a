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
import org.redress.platform.sql.SqlTimestamps;
import org.redress.platform.worker.Next;
import org.redress.platform.worker.Timing;
import org.redress.platform.worker.Worker;
import org.redress.platform.worker.Workers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;

/**
 * Marks a running deadline missed as soon as its due instant has passed, without a nightly batch:
 * its platform {@link Worker} ("missed-deadline-clock") sleeps until the earliest running due instant,
 * marks what is due, and sleeps again.
 * Every committed change to a deadline here wakes it to re-arm; changes made by another instance
 * are seen after at most {@code max-sleep}. At start-up it catches up on whatever fell due while
 * the service was down. Due rows are taken with {@code FOR UPDATE SKIP LOCKED}, so two instances
 * never mark the same deadline twice; a row already marked is no longer running.
 */
@Startup
@ApplicationScoped
public class MissedDeadlineClock {

    private static final Logger LOG = Logger.getLogger(MissedDeadlineClock.class);
    private static final String DUE = "select * from deadline where state in ('OPEN', 'EXTENDED') and due_at <= :now"
            + " order by due_at limit :limit for update skip locked";
    private static final String NEXT = "select min(due_at) from deadline where state in ('OPEN', 'EXTENDED')";

    private static final Duration MIN_PAUSE = Duration.ofMillis(200);

    private final DeadlineService deadlines;
    private final EntityManager em;
    private final DeadlineConfig.MissedClock config;
    private final Worker worker;

    public MissedDeadlineClock(DeadlineService deadlines, EntityManager em, DeadlineConfig config, Workers workers) {
        this.deadlines = deadlines;
        this.em = em;
        this.config = config.missedClock();
        this.worker = workers.define("missed-deadline-clock", Timing.pollEvery(this.config.maxSleep()), this::markDue, this::overdue);
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlinesChanged changed) {
        worker.wake();
    }

    /** Marks every deadline due now missed, batch after batch; answers when the next one falls due. */
    private Next markDue() {
        while (markRound() == config.batchSize()) {
            // more may be due
        }
        return untilNextDue();
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

    private Next untilNextDue() {
        Object next = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(NEXT).getSingleResult());
        if (next == null) {
            return Next.whenWoken();
        }
        Instant due = SqlTimestamps.instant(next);
        // already due but not marked: another instance holds the row; look again shortly
        Instant soonest = Instant.now().plus(MIN_PAUSE);
        return Next.at(due.isBefore(soonest) ? soonest : due);
    }

    /** Running deadlines already due (its worker's backlog). */
    private long overdue() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from deadline where state in ('OPEN', 'EXTENDED') and due_at <= now()")
                .getSingleResult()).longValue());
    }
}
