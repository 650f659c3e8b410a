package org.redress.notifications.pages;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.health.api.Wellness;
import org.redress.notifications.delivery.SmtpHealth;
import org.redress.notifications.delivery.SmtpOutage;
import org.redress.portal.ReminderStatus;
import org.redress.portal.ReminderStatusSource;

/**
 * notifications-service's own pages read the SMTP outage directly (the other services ask
 * {@code GET /api/smtp-status}): reminders are held back once every hand-off has failed for longer
 * than {@code redress.notifications.smtp-outage-after}, the same rule as the readiness check.
 */
@ApplicationScoped
public class LocalReminderStatus implements ReminderStatusSource {

    private final SmtpHealth smtp;

    public LocalReminderStatus(@Wellness SmtpHealth smtp) {
        this.smtp = smtp;
    }

    @Override
    public ReminderStatus current() {
        SmtpOutage outage = smtp.outage();
        Instant since = outage.failingSince();
        return outage.isOut(Instant.now()) ? ReminderStatus.heldBackSince(since) : ReminderStatus.FLOWING;
    }
}
