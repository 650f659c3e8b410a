package org.redress.notifications.delivery;

import java.time.Instant;

/** What became of one SMTP hand-off of a {@link Claimed} email, to be recorded. */
record Handoff(Claimed claimed, Result result, Instant at, String error, Instant retryAt, Instant retryUntil) {

    enum Result {
        /** The server accepted it. */
        SENT,
        /** Transient failure (refused connection, timeout, 4xx): tried again at {@code retryAt}. */
        RETRY,
        /** Permanent failure (5xx) or the retry window is over: never tried again. */
        FAILED,
        /** Not handed off at all: the round ran out of its lease first. Back in the queue, attempt not counted. */
        NOT_STARTED
    }

    static Handoff sent(Claimed claimed, Instant at) {
        return new Handoff(claimed, Result.SENT, at, null, null, null);
    }

    static Handoff notStarted(Claimed claimed, Instant at) {
        return new Handoff(claimed, Result.NOT_STARTED, at, null, null, null);
    }
}
