package org.redress.notifications;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
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

    /** How many emails one dispatcher round claims (one transaction), hands to SMTP and records (one more) at most. */
    @WithDefault("100")
    int batchSize();

    /** How many SMTP hand-offs one dispatcher has in flight at most (the mailer pools its connections: quarkus.mailer.max-pool-size). */
    @WithDefault("10")
    int sendConcurrency();

    /**
     * How long a dispatcher round waits for its slowest hand-offs before it records the others and
     * claims the next due emails; a hand-off still going then is recorded when it ends (within
     * send-timeout), and the dispatcher holds at most batch-size + send-concurrency claimed emails.
     */
    @WithDefault("2s")
    Duration roundWait();

    /**
     * How long a claimed email (SENDING) belongs to the dispatcher that claimed it. A claim older
     * than this was left by a crash: the email is sent again with the same Message-ID. A dispatcher
     * starts no hand-off later than send-timeout before its lease ends; at least twice send-timeout.
     */
    @WithDefault("2m")
    Duration sendLease();

    /** How often a running instance renews its heartbeat row, which vouches for the emails its dispatcher holds. */
    @WithDefault("1s")
    Duration heartbeatEvery();

    /**
     * How old the last heartbeat of an instance may be before the emails its dispatcher holds count
     * as abandoned (it was killed, or its host is gone) and any live instance sends them, with the
     * same Message-ID, without waiting for send-lease. At least three heartbeats.
     */
    @WithDefault("5s")
    Duration instanceStaleAfter();

    /** How long delivered emails keep their bodies; the delivery log keeps the rest. */
    @WithDefault("90d")
    Duration bodyRetention();

    /**
     * How long a transiently failing email (refused connection, timeout, 4xx) is retried, from its
     * first failure; then it is marked failed.
     */
    @WithDefault("24h")
    Duration retryFor();

    /** The longest pause between two attempts of one email. */
    @WithDefault("1h")
    Duration maxRetryDelay();

    /** The pause after the first transient failure; it doubles after each further one. */
    @WithDefault("5s")
    Duration firstRetryDelay();

    /**
     * How many days complaints-service keeps a complaint whose email address was not confirmed, as
     * the verification email tells the complainant.
     */
    @WithDefault("7")
    int unconfirmedComplaintDays();

    /** How often the dispatcher looks for due emails without being woken (retries falling due, other instances' emails). */
    @WithDefault("1s")
    Duration pollInterval();

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

    /** The daily digest of staff members who opted in (overdue, due today, due in the next seven days). */
    Digest digest();

    interface Digest {

        /** The zone of the digest of staff members who have chosen none. */
        @WithDefault("Europe/Berlin")
        ZoneId defaultZone();

        /** The local time, in each staff member's zone, from which their digest of the day is sent. */
        @WithDefault("08:00")
        LocalTime at();

        /** How often the digests due are looked for ({@code off} never sends any, as in the tests). */
        @WithDefault("1m")
        String every();

        /**
         * A digest sent later than this after its local time says that it comes late (the service was
         * down then), and when it was due.
         */
        @WithDefault("5m")
        Duration lateAfter();

        /** How many deadlines one section of a digest lists at most (it then says how many more there are). */
        @WithDefault("50")
        int maxPerSection();

        /** How long the record that a digest went out (the staff member's address and the day) is kept. */
        @WithDefault("7d")
        Duration keepSent();
    }
}
