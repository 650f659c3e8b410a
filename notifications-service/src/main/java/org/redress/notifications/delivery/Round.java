package org.redress.notifications.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The hand-offs of one dispatcher round, collected as they end. The round waits for all of them,
 * but no longer than {@code round-wait}: a hand-off still going then (one that waits for its
 * send-timeout, as on a new connection whose greeting the mail client never saw) no longer holds
 * up the emails that fall due after it. Such a hand-off goes to {@code late} when it ends, to be
 * recorded on its own.
 */
final class Round {

    private final int size;
    private final Consumer<Handoff> late;
    private final List<Handoff> ended = new ArrayList<>();
    private boolean closed;

    Round(int size, Consumer<Handoff> late) {
        this.size = size;
        this.late = late;
    }

    /** One hand-off of the round ended; once the round stopped waiting, it goes to {@code late}. */
    void ended(Handoff handoff) {
        synchronized (this) {
            if (!closed) {
                ended.add(handoff);
                if (ended.size() == size) {
                    notifyAll();
                }
                return;
            }
        }
        late.accept(handoff);
    }

    /** Waits until every hand-off ended or {@code wait} passed, and answers those that ended; later ones go to {@code late}. */
    synchronized List<Handoff> awaitUpTo(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            for (long left = wait.toNanos(); ended.size() < size && left > 0; left = deadline - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed = true;
        return List.copyOf(ended);
    }
}
