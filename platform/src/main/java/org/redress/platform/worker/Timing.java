package org.redress.platform.worker;

import java.time.Duration;

/**
 * When a worker runs its round. {@code poll}: the longest it sleeps, so work added by another
 * instance (which cannot wake this one) is seen within it. {@code linger}: how long after a wake-up
 * the round starts, so the work of the commits meanwhile is taken in the same round.
 * {@code maxBackoff}: the longest pause after failed rounds; the pause starts at 500 ms and doubles.
 * {@code firstRunAfter}: how long after start-up the first round runs (a purge need not compete
 * with start-up; a clock catches up at once).
 */
public record Timing(Duration poll, Duration linger, Duration maxBackoff, Duration firstRunAfter) {

    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    public Timing {
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("a worker's poll interval must be positive: " + poll);
        }
        if (linger.isNegative() || maxBackoff.compareTo(FIRST_BACKOFF) < 0 || firstRunAfter.isNegative()) {
            throw new IllegalArgumentException("linger and first run must not be negative and the longest pause at least "
                    + FIRST_BACKOFF.toMillis() + " ms: " + linger + ", " + firstRunAfter + ", " + maxBackoff);
        }
    }

    /** Runs at start-up, when woken, and at least every {@code poll}; backs off up to {@code poll} (at least 500 ms). */
    public static Timing pollEvery(Duration poll) {
        return new Timing(poll, Duration.ZERO, poll.compareTo(FIRST_BACKOFF) < 0 ? FIRST_BACKOFF : poll, Duration.ZERO);
    }

    public Timing linger(Duration linger) {
        return new Timing(poll, linger, maxBackoff, firstRunAfter);
    }

    public Timing maxBackoff(Duration maxBackoff) {
        return new Timing(poll, linger, maxBackoff, firstRunAfter);
    }

    public Timing firstRunAfter(Duration firstRunAfter) {
        return new Timing(poll, linger, maxBackoff, firstRunAfter);
    }

    /** The pause after {@code failures} failed rounds in a row: 500 ms doubling, up to {@code maxBackoff}. */
    Duration backoff(int failures) {
        Duration pause = FIRST_BACKOFF.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 20));
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }
}
