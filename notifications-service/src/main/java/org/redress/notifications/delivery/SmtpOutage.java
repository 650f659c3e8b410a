package org.redress.notifications.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the SMTP server is out: every hand-off since {@link #failingSince()} has failed with a
 * transient error (refused, unreachable, timed out, 4xx) and that has lasted longer than the
 * threshold. A successful hand-off ends the outage; a permanent refusal of one message (5xx) says
 * nothing about the server and changes nothing. It also remembers since when the server was
 * unreachable (no connection, no answer: not a 4xx reply to one message), so that the success that
 * ends it can send at once what waits for a retry since then. Plain Java, thread-safe.
 */
public final class SmtpOutage {

    private final Duration threshold;
    private Instant failingSince;
    private String lastError;
    private Instant unreachableSince;

    public SmtpOutage(Duration threshold) {
        this.threshold = threshold;
    }

    /** A hand-off succeeded; answers since when the server had been unreachable, or null if it had not. */
    public synchronized Instant sent() {
        Instant wasUnreachableSince = unreachableSince;
        failingSince = null;
        lastError = null;
        unreachableSince = null;
        return wasUnreachableSince;
    }

    /** A hand-off failed without an SMTP reply: the server itself could not be reached or did not answer. */
    public synchronized void unreachable(Instant at, String error) {
        failedTransiently(at, error);
        if (unreachableSince == null) {
            unreachableSince = at;
        }
    }

    public synchronized void failedTransiently(Instant at, String error) {
        if (failingSince == null) {
            failingSince = at;
        }
        lastError = error;
    }

    public synchronized Instant failingSince() {
        return failingSince;
    }

    public synchronized String lastError() {
        return lastError;
    }

    /** Whether every hand-off has failed for longer than the threshold, as of {@code now}. */
    public synchronized boolean isOut(Instant now) {
        return failingSince != null && Duration.between(failingSince, now).compareTo(threshold) > 0;
    }
}
