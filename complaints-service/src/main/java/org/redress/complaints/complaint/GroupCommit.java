package org.redress.complaints.complaint;

import java.sql.SQLException;
import java.time.Duration;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.ServiceUnavailableException;

import org.redress.complaints.ComplaintsConfig;
import org.redress.platform.worker.Next;
import org.redress.platform.worker.Timing;
import org.redress.platform.worker.Worker;
import org.redress.platform.worker.Workers;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;

/**
 * Commits the submissions that arrive together in one transaction (group commit).
 * <p>
 * A submission's work is queued; a committer thread takes everything queued (up to
 * {@code max-size}), runs each piece of work in one shared transaction, commits, and only then
 * hands each caller its result, so an answer still means committed. During a campaign's rush,
 * one commit (one WAL flush, one transaction, one connection) serves many complaints instead of
 * one each; a lone submission waits for nothing and commits on its own.
 * <p>
 * A submission fails only by its own error: when one piece of work throws, the shared transaction
 * rolls back, that submission is tried once more in a transaction of its own (so a lock conflict
 * with another committer is not mistaken for its fault) and the others are committed together
 * again without it. When the commit fails (the rows reach PostgreSQL only then, so a constraint
 * one submission breaks shows there), each submission is committed on its own. When the database
 * cannot be reached, every submission of the group gets that error at once. A full queue answers 503 with
 * Retry-After at once rather than letting requests wait without bound.
 * <p>
 * The committers are platform workers ("group-commit-N", their backlog the queue), woken in turn by
 * each submission.
 */
@Startup
@ApplicationScoped
public class GroupCommit {

    private static final long RETRY_AFTER_SECONDS = 1;

    private final BlockingQueue<Pending<?>> queue;
    private final int maxSize;
    private final List<Worker> committers = new ArrayList<>();
    private final AtomicInteger nextCommitter = new AtomicInteger();
    private volatile boolean running = true;

    public GroupCommit(ComplaintsConfig config, Workers workers) {
        ComplaintsConfig.GroupCommit settings = config.groupCommit();
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.maxSize = settings.maxSize();
        for (int i = 1; i <= settings.committers(); i++) {
            committers.add(workers.define("group-commit-" + i, Timing.pollEvery(Duration.ofSeconds(1)), this::commitRound,
                    queue::size));
        }
    }

    /** Queues {@code work} (which must join the current transaction); completes once it has committed. */
    public <T> CompletionStage<T> submit(Supplier<T> work) {
        Pending<T> pending = new Pending<>(work);
        if (!running || !queue.offer(pending)) {
            pending.result.completeExceptionally(new ServiceUnavailableException(RETRY_AFTER_SECONDS));
        } else {
            committers.get(Math.floorMod(nextCommitter.getAndIncrement(), committers.size())).wake();
        }
        return pending.result;
    }

    /** As {@link #submit}, waiting on the calling thread; throws what the work threw. */
    public <T> T run(Supplier<T> work) {
        try {
            return submit(work).toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * As {@link #run(Supplier)}, or, when {@code alone}, in a transaction of its own on the calling
     * thread: a submission with files (reading and checking up to 50 MB of them would hold up the
     * commit of everyone in its group).
     */
    public <T> T run(Supplier<T> work, boolean alone) {
        return alone ? QuarkusTransaction.requiringNew().call(work::get) : run(work);
    }

    /** Commits what is queued (up to {@code max-size}) as one group; answers at once if more is queued. */
    private Next commitRound() {
        List<Pending<?>> group = new ArrayList<>(maxSize);
        queue.drainTo(group, maxSize);
        if (group.isEmpty()) {
            return Next.whenWoken();
        }
        try {
            commit(group);
        } catch (RuntimeException | Error e) {
            // the committer goes on: its callers get the error instead of waiting for ever
            Log.errorf(e, "group commit failed unexpectedly; its %d submissions got the error", group.size());
            group.forEach(pending -> pending.fail(e));
        }
        return Next.nowIf(!queue.isEmpty());
    }

    /** Commits {@code group} together, leaving out (and running alone) each piece of work that throws. */
    private void commit(List<Pending<?>> group) {
        List<Pending<?>> remaining = new ArrayList<>(group);
        while (!remaining.isEmpty()) {
            if (remaining.size() == 1) {
                remaining.get(0).runAlone();
                return;
            }
            List<Object> results = new ArrayList<>(remaining.size());
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (Pending<?> pending : remaining) {
                        try {
                            results.add(pending.work.get());
                        } catch (RuntimeException e) {
                            throw new WorkFailed(pending);
                        }
                    }
                });
            } catch (WorkFailed failed) {
                remaining.remove(failed.pending);
                failed.pending.runAlone();
                continue;
            } catch (RuntimeException e) {
                if (databaseUnreachable(e)) {
                    remaining.forEach(pending -> pending.fail(e));
                } else {
                    // the rows go to PostgreSQL at the commit: a constraint one of them breaks fails the
                    // commit, not that submission's work, so each is committed on its own to find it
                    remaining.forEach(Pending::runAlone);
                }
                return;
            }
            for (int i = 0; i < remaining.size(); i++) {
                remaining.get(i).succeed(results.get(i));
            }
            return;
        }
    }

    /** Whether {@code e} comes from not reaching the database (SQLSTATE class 08), not from the data. */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * At shutdown (after the HTTP server stopped taking requests, while the database is still there):
     * no new submission is taken, and every one still queued is committed and answered.
     */
    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        List<Pending<?>> left = new ArrayList<>();
        queue.drainTo(left);
        for (int from = 0; from < left.size(); from += maxSize) {
            commit(left.subList(from, Math.min(from + maxSize, left.size())));
        }
    }

    /** One submission's work and the caller's result. */
    private static final class Pending<T> {

        final Supplier<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Pending(Supplier<T> work) {
            this.work = work;
        }

        void runAlone() {
            try {
                result.complete(QuarkusTransaction.requiringNew().call(work::get));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }

        @SuppressWarnings("unchecked")
        void succeed(Object value) {
            result.complete((T) value);
        }

        void fail(Throwable e) {
            result.completeExceptionally(e);
        }
    }

    /** Which piece of work threw, carried out of the shared transaction so that it rolls back. */
    private static final class WorkFailed extends RuntimeException {

        final transient Pending<?> pending;

        WorkFailed(Pending<?> pending) {
            super(null, null, false, false);
            this.pending = pending;
        }
    }
}
