package org.redress.platform.worker;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;

/**
 * The background workers (/q/health/well, and in /q/health): DOWN while one has failed
 * {@value #FAILING_AFTER} rounds or more in a row, or its thread is gone; each worker's state in the
 * data. Not a readiness check: a worker that cannot reach the broker or the SMTP server backs off
 * and catches up by itself, and the service still serves meanwhile.
 */
@Wellness
@ApplicationScoped
public class WorkersHealth implements HealthCheck {

    static final int FAILING_AFTER = 3;

    private final Workers workers;

    public WorkersHealth(Workers workers) {
        this.workers = workers;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Background workers").up();
        for (Worker.State state : workers.states()) {
            boolean failing = !state.running() || state.consecutiveFailures() >= FAILING_AFTER;
            if (failing) {
                response.down();
            }
            response.withData(state.name(), describe(state));
        }
        return response.build();
    }

    private static String describe(Worker.State state) {
        StringBuilder text = new StringBuilder(state.running() ? "running" : "stopped");
        text.append(", last success ").append(state.lastSuccess() == null ? "never" : state.lastSuccess().toString());
        if (state.consecutiveFailures() > 0) {
            text.append(", ").append(state.consecutiveFailures()).append(" failed in a row: ").append(state.lastError());
        }
        if (state.backlog() >= 0) {
            text.append(", backlog ").append(state.backlog());
        }
        return text.toString();
    }
}
