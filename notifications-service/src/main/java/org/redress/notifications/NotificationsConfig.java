package org.redress.notifications;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** notifications-service's own settings. */
@ConfigMapping(prefix = "redress.notifications")
public interface NotificationsConfig {

    /** The right-hand side of every Message-ID this service sets. */
    @WithDefault("redress.local")
    String messageIdDomain();

    /** How long one SMTP hand-off may take before it counts as a transient failure. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** How many emails one dispatcher round sends at most. */
    @WithDefault("20")
    int batchSize();

    /** How many times a transiently failing email is tried before it is marked failed. */
    @WithDefault("12")
    int maxAttempts();

    /** The pause after the first transient failure; it doubles after each further one. */
    @WithDefault("5s")
    Duration firstRetryDelay();

    /**
     * How many days complaints-service keeps a complaint whose email address was not confirmed, as
     * the verification email tells the complainant.
     */
    @WithDefault("7")
    int unconfirmedComplaintDays();

    /** The longest pause of the dispatcher while the SMTP server is unreachable. */
    @WithDefault("30s")
    Duration maxBackoff();
}
