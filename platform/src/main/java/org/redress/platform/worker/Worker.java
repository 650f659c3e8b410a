package org.redress.platform.worker;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

/**
 * One background job on one thread of its own: it runs its {@link Round} at start-up, again at
 * once while a round says more may be waiting, then sleeps until the due instant the round named,
 * a {@link #wake() wake-up} (a commit that added work), or the poll interval, whichever comes first.
 * Wake-ups that arrive while a round runs are coalesced into one more round. A failed round pauses
 * the worker (500 ms, doubling up to the timing's maximum; wake-ups do not cut the pause short), so
 * an unreachable database, broker or SMTP server is not hammered. {@link #close()} lets the round in
 * progress finish and stops. {@link #state()} tells how it is doing, for health and metrics.
 * <p>
 * Created and started by {@link Workers}, which also stops every worker at shutdown.
 */
public final class Worker implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final long BACKLOG_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

    /** How a worker is doing. {@code backlog} is -1 where the job does not count it or counting failed. */
    public record State(String name, boolean running, Instant lastSuccess, int consecutiveFailures, String lastError,
            long backlog, long rounds, long failedRounds) {
    }

    private final String name;
    private final Timing timing;
    private final Round round;
    private final LongSupplier backlog;
    private final Logger log;
    private final Thread thread;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running = true;

    private volatile Instant lastSuccess;
    private volatile int consecutiveFailures;
    private volatile String lastError;
    private volatile long lastBacklog = -1;
    private long backlogCountedAt = System.nanoTime() - BACKLOG_EVERY_NANOS;
    private final AtomicLong rounds = new AtomicLong();
    private final AtomicLong failedRounds = new AtomicLong();

    /** {@code backlog}, if not null, counts the work waiting; it runs on the worker's thread, at most once a second. */
    Worker(String name, Timing timing, Round round, LongSupplier backlog) {
        this.name = name;
        this.timing = timing;
        this.round = round;
        this.backlog = backlog;
        this.log = Logger.getLogger(Worker.class.getName() + "." + name);
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    public String name() {
        return name;
    }

    /** Runs the round soon (after the linger), unless the worker is pausing after a failure. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    public State state() {
        return new State(name, running && thread.isAlive(), lastSuccess, consecutiveFailures, lastError, lastBacklog,
                rounds.get(), failedRounds.get());
    }

    private void loop() {
        long nextRun = System.nanoTime() + timing.firstRunAfter().toNanos();
        while (running) {
            boolean wokenUp = sleepUntil(nextRun, consecutiveFailures == 0);
            if (!running) {
                return;
            }
            if (wokenUp && !timing.linger().isZero()) {
                pause(timing.linger().toNanos());
            }
            nextRun = runRounds();
            countBacklog();
        }
    }

    /** Runs rounds while they say more is waiting; answers (as System.nanoTime()) when to run again. */
    private long runRounds() {
        synchronized (signal) {
            woken = false;
        }
        try {
            Next next;
            do {
                rounds.incrementAndGet();
                next = round.run();
            } while (next.isNow() && running);
            lastSuccess = Instant.now();
            consecutiveFailures = 0;
            return System.nanoTime() + until(next.at()).toNanos();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failedRounds.incrementAndGet();
            int failures = ++consecutiveFailures;
            lastError = String.valueOf(e.getMessage());
            Duration pause = timing.backoff(failures);
            log.warnf("%s failed (%d in a row), next try in %d ms: %s", name, failures, pause.toMillis(), e.getMessage());
            return System.nanoTime() + pause.toNanos();
        }
    }

    /** From now until {@code due}, at least nothing and at most the poll interval. */
    private Duration until(Instant due) {
        if (Instant.MAX.equals(due)) {
            return timing.poll();
        }
        Duration until = Duration.between(Instant.now(), due);
        return until.isNegative() ? Duration.ZERO : until.compareTo(timing.poll()) > 0 ? timing.poll() : until;
    }

    private void countBacklog() {
        if (backlog == null || System.nanoTime() - backlogCountedAt < BACKLOG_EVERY_NANOS) {
            return;
        }
        backlogCountedAt = System.nanoTime();
        try {
            lastBacklog = backlog.getAsLong();
        } catch (RuntimeException e) {
            lastBacklog = -1;
            log.debugf("Could not count the backlog of %s: %s", name, e.getMessage());
        }
    }

    /** Sleeps until {@code deadline} (System.nanoTime()), or until woken if {@code wakeable}; answers whether woken. */
    private boolean sleepUntil(long deadline, boolean wakeable) {
        synchronized (signal) {
            try {
                long left;
                while (running && !(wakeable && woken) && (left = deadline - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.timedWait(signal, left);
                }
            } catch (InterruptedException e) {
                running = false;
                Thread.currentThread().interrupt();
            }
            return wakeable && woken;
        }
    }

    private void pause(long nanos) {
        sleepUntil(System.nanoTime() + nanos, false);
    }

    /**
     * Stops: no new round; the round in progress may finish for up to 5 s, after which the thread is
     * interrupted. Returns once the thread has ended (or did not end within a second of that).
     */
    @Override
    public void close() {
        running = false;
        synchronized (signal) {
            signal.notifyAll();
        }
        if (Thread.currentThread() == thread || !thread.isAlive()) {
            return;
        }
        try {
            thread.join(STOP_GRACE.toMillis());
            if (thread.isAlive()) {
                log.warnf("%s did not finish its round within %d s of the stop; interrupting it", name, STOP_GRACE.toSeconds());
                thread.interrupt();
                thread.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
