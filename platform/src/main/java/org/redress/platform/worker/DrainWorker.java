package org.redress.platform.worker;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.jboss.logging.Logger;

/**
 * One thread that drains a queue kept in the database, round after round, whenever it is woken:
 * after a commit that added work, and by a periodic poll in case a wake-up was missed. Wake-ups
 * that arrive while it drains are coalesced into one more drain; with a linger, so are those that
 * arrive within the linger after the first (fewer, fuller rounds). When a round fails (the broker or
 * the SMTP server is unreachable) it pauses, doubling the pause up to {@code maxBackoff}.
 */
public final class DrainWorker implements AutoCloseable {

    private final String name;
    private final BooleanSupplier round;
    private final Duration maxBackoff;
    private final long lingerNanos;
    private final Logger log;
    private final ExecutorService thread;
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private volatile long pausedUntilNanos = System.nanoTime();
    private int consecutiveFailures;

    /** {@code round} does one bounded piece of work and answers whether more may be waiting. */
    public DrainWorker(String name, BooleanSupplier round, Duration maxBackoff) {
        this(name, round, maxBackoff, Duration.ZERO);
    }

    /**
     * As above, and each drain starts {@code linger} after the wake-up that caused it, so that the
     * work added meanwhile (and the wake-ups that announce it) is taken in the same rounds.
     */
    public DrainWorker(String name, BooleanSupplier round, Duration maxBackoff, Duration linger) {
        this.name = name;
        this.round = round;
        this.maxBackoff = maxBackoff;
        this.lingerNanos = linger.toNanos();
        this.log = Logger.getLogger(DrainWorker.class.getName() + "." + name);
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public void wake() {
        if (wakeRequested.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    private void drain() {
        long lingerEnds = System.nanoTime() + lingerNanos;
        long left;
        while ((left = lingerEnds - System.nanoTime()) > 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(left);
        }
        wakeRequested.set(false);
        if (System.nanoTime() - pausedUntilNanos < 0) {
            return;
        }
        try {
            while (round.getAsBoolean()) {
                // more may be waiting
            }
            consecutiveFailures = 0;
        } catch (RuntimeException e) {
            consecutiveFailures++;
            Duration pause = backoff(consecutiveFailures);
            pausedUntilNanos = System.nanoTime() + pause.toNanos();
            log.warnf("%s failed (%d in a row), next try in %d ms: %s", name, consecutiveFailures, pause.toMillis(),
                    e.getMessage());
        }
    }

    Duration backoff(int failures) {
        Duration pause = Duration.ofMillis(500L << Math.min(failures - 1, 16));
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
