package org.redress.platform.worker;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Every background job of a service runs on a {@link Worker} made here: the outbox relay, the
 * clocks, the mail dispatcher, the purges, the heartbeat. A job's bean defines its worker in its
 * constructor and is marked {@code @Startup}; the workers start once the application has started
 * (at once if it already has) and stop together at shutdown, each finishing its round. Each one's
 * state is in {@code /q/health/well} ({@link WorkersHealth}) and in the metrics
 * ({@code redress_worker_*{worker="<name>"}}: last success, consecutive failures, backlog, rounds).
 */
@ApplicationScoped
public class Workers {

    private final MeterRegistry metrics;
    private final List<Worker> defined = new CopyOnWriteArrayList<>();
    private boolean started;
    private boolean stopped;

    public Workers(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /** A worker that runs {@code round} with {@code timing}; it starts with the application. */
    public Worker define(String name, Timing timing, Round round) {
        return define(name, timing, round, null);
    }

    /** As above, and {@code backlog} counts the work waiting (on the worker's thread, at most once a second). */
    public synchronized Worker define(String name, Timing timing, Round round, LongSupplier backlog) {
        if (defined.stream().anyMatch(worker -> worker.name().equals(name))) {
            throw new IllegalStateException("a worker named " + name + " exists already");
        }
        Worker worker = new Worker(name, timing, round, backlog);
        defined.add(worker);
        measure(worker);
        if (started && !stopped) {
            worker.start();
        }
        return worker;
    }

    public List<Worker.State> states() {
        return defined.stream().map(Worker::state).toList();
    }

    synchronized void start(@Observes StartupEvent startup) {
        started = true;
        defined.forEach(Worker::start);
    }

    /**
     * Stops every worker at once and waits for their rounds in progress, while the database is still
     * there, before the application's own shutdown observers run (which may then count on no round running).
     */
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent shutdown) {
        synchronized (this) {
            stopped = true;
        }
        defined.parallelStream().forEach(Worker::close);
    }

    private void measure(Worker worker) {
        String name = worker.name();
        Gauge.builder("redress.worker.consecutive.failures", worker, w -> w.state().consecutiveFailures())
                .description("Rounds failed in a row (0 after a success)").tag("worker", name).register(metrics);
        Gauge.builder("redress.worker.backlog", worker, w -> w.state().backlog())
                .description("Work waiting, as last counted (-1: not counted)").tag("worker", name).register(metrics);
        Gauge.builder("redress.worker.last.success", worker, w -> {
            var last = w.state().lastSuccess();
            return last == null ? 0 : last.toEpochMilli() / 1000.0;
        }).description("When a round last succeeded (seconds since the epoch, 0: never)").baseUnit("seconds")
                .tag("worker", name).register(metrics);
        FunctionCounter.builder("redress.worker.rounds", worker, w -> w.state().rounds())
                .description("Rounds run").tag("worker", name).register(metrics);
        FunctionCounter.builder("redress.worker.failed.rounds", worker, w -> w.state().failedRounds())
                .description("Rounds failed").tag("worker", name).register(metrics);
        Gauge.builder("redress.worker.running", worker, w -> w.state().running() ? 1 : 0)
                .description("1 while the worker's thread runs").tag("worker", name).register(metrics);
    }
}
