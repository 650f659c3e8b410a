package org.redress.notifications.delivery;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import io.smallrye.health.api.Wellness;
import org.redress.notifications.NotificationsConfig;

/**
 * Reports an SMTP outage: DOWN once every hand-off has failed for longer than
 * {@code redress.notifications.smtp-outage-after} (5 minutes by default) — reminders are held back
 * then, and a silent outage of reminders is the worst failure of this service.
 */
@Wellness
@ApplicationScoped
public class SmtpHealth implements HealthCheck {

    static final String NAME = "SMTP server (emails and reminders)";

    private final SmtpOutage outage;

    public SmtpHealth(NotificationsConfig config) {
        this.outage = new SmtpOutage(config.smtpOutageAfter());
    }

    /** What the dispatcher tells of each hand-off. */
    public SmtpOutage outage() {
        return outage;
    }

    @Override
    public HealthCheckResponse call() {
        Instant since = outage.failingSince();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (outage.isOut(Instant.now())) {
            return response.down()
                    .withData("message", "Emails and staff reminders are held back: every SMTP hand-off has failed since "
                            + since + "; they are retried and go out once the server accepts them again.")
                    .withData("failingSince", since.toString())
                    .build();
        }
        response.up();
        if (since != null) {
            response.withData("failingSince", since.toString());
        }
        return response.build();
    }
}
