package org.redress.platform.worker;

import java.time.Instant;

/**
 * What a round answers: when its worker should run it again. At once (a batch was full, more may
 * be waiting), at a due instant it knows of (the earliest reminder), or only when woken or polled.
 * A worker never sleeps past its poll interval, whatever a round answers.
 */
public final class Next {

    private static final Next NOW = new Next(Instant.MIN);
    private static final Next WHEN_WOKEN = new Next(Instant.MAX);

    private final Instant at;

    private Next(Instant at) {
        this.at = at;
    }

    /** Run again at once: more work may be waiting. */
    public static Next now() {
        return NOW;
    }

    /** Nothing known to be due: run again when woken, or after the poll interval. */
    public static Next whenWoken() {
        return WHEN_WOKEN;
    }

    /** Run again at {@code due} (or sooner when woken); {@code null} is the same as {@link #whenWoken()}. */
    public static Next at(Instant due) {
        return due == null ? WHEN_WOKEN : new Next(due);
    }

    /** {@link #now()} when a round took a full batch, else {@link #whenWoken()}. */
    public static Next nowIf(boolean more) {
        return more ? NOW : WHEN_WOKEN;
    }

    boolean isNow() {
        return this == NOW;
    }

    Instant at() {
        return at;
    }
}
