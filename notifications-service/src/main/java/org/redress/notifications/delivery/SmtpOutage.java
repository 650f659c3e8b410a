package org.redress.notifications.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the SMTP server is out: every hand-off since {@link #failingSince()} has failed with a
 * transient error (refused, unreachable, timed out, 4xx) and that has lasted longer than the
 * threshold. A successful hand-off ends the outage; a permanent refusal of one message (5xx) says
 * nothing about the server and changes nothing. Plain Java, thread-safe.
 */
public final class SmtpOutage {

    private final Duration threshold;
    private Instant failingSince;
    private String lastError;

    public SmtpOutage(Duration threshold) {
        this.threshold = threshold;
    }

    public synchronized void sent() {
        failingSince = null;
        lastError = null;
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
