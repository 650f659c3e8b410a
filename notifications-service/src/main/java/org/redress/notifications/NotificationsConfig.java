package org.redress.notifications;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

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

    /** The case pages of cases-service, which staff reminders link to: {@code <cases-url>/staff/cases/<reference>}. */
    @WithDefault("http://127.0.0.1:8082")
    String casesUrl();

    /** The language of staff reminders for staff members who have chosen none (en, de or fr). */
    @WithDefault("en")
    String staffLanguage();

    /** The reminder schedule: plans per deadline kind, and how the reminder clock runs. */
    Reminders reminders();

    interface Reminders {

        /** The local time of morning reminders ("2 working days before", "last day"), in the deadline's zone. */
        @WithDefault("09:00")
        LocalTime morning();

        /**
         * The plan of every deadline kind without one of its own: comma-separated rules, see
         * {@link org.redress.notifications.reminder.ReminderPlan}.
         */
        @WithDefault("7 days before if longer than 14 days, 2 working days before, last day, end")
        String defaultPlan();

        /** Plans of their own, by deadline kind in lower case with dashes ({@code hearing}, {@code company-response}). */
        Map<String, String> plans();

        /** How often the reminder clock looks for reminders stored by another instance, whatever it was told. */
        @WithDefault("2s")
        Duration safetyPoll();

        /** A reminder fired later than this after its instant is marked late (e.g. when it fell due while the service was down). */
        @WithDefault("30s")
        Duration lateAfter();

        /** How many reminders one firing round takes at most. */
        @WithDefault("100")
        int batchSize();
    }

    /** How long every SMTP hand-off must have failed (refused, unreachable) before the health check reports an outage. */
    @WithDefault("5m")
    Duration smtpOutageAfter();
}
