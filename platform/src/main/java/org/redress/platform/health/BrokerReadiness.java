package org.redress.platform.health;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.redress.platform.outbox.BrokerSender;

/** Ready only while the broker the outbox relay publishes to is reachable. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    private final BrokerSender broker;

    public BrokerReadiness(BrokerSender broker) {
        this.broker = broker;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("AMQP broker (outbox)").status(broker.reachable(Duration.ofSeconds(3))).build();
    }
}
