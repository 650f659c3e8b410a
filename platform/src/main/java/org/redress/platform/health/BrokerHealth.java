package org.redress.platform.health;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.Wellness;
import org.redress.platform.outbox.BrokerSender;

/**
 * Whether the broker the outbox relay publishes to is reachable (/q/health/well, and in /q/health).
 * Not a readiness check: without the broker a service still serves — what it writes waits in its
 * outbox, and its consumers resume where they stopped — so taking every replica out of its Service
 * while the broker restarts would turn a broker outage into a complete one.
 */
@Wellness
@ApplicationScoped
public class BrokerHealth implements HealthCheck {

    private final BrokerSender broker;

    public BrokerHealth(BrokerSender broker) {
        this.broker = broker;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("AMQP broker (outbox)").status(broker.reachable(Duration.ofSeconds(3))).build();
    }
}
