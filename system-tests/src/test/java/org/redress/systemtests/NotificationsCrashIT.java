package org.redress.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.testsupport.ArtemisBroker;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.Mailbox;
import org.redress.testsupport.Ports;
import org.redress.testsupport.TestDatabase;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Two packaged notifications-service processes on one database, one of them killed with SIGKILL
 * while reminders fall due; and reminders that fall due while no instance runs. Reminders are
 * inserted into the schedule directly (as the deadline events would store them), each to an
 * address of its own, so GreenMail's mailbox per address shows what each reminder produced. An
 * email a killed instance had handed off but not yet recorded is sent again with the same
 * Message-ID, which the recipient's mail system drops: "once" is one distinct Message-ID. The
 * claims' lease is the production one (2 minutes), longer than any wait here: a killed instance's
 * emails are taken over because its heartbeat stopped, within seconds.
 */
class NotificationsCrashIT {

    private static final String DB = "redress_notifications_crashtest";
    private static final Duration LATE_AFTER = Duration.ofSeconds(2);

    static ArtemisBroker broker;
    static GreenMail smtp;
    static ServiceProcess first;
    static ServiceProcess second;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() {
        // the killed instance resets its SMTP connections, and GreenMail's handler thread throws on
        // the reset: that is the crash under test, not a failure of it (Awaitility would report it)
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        TestDatabase.recreate(DB);
        broker = ArtemisBroker.startNew(Path.of("target"));
        int smtpPort = Ports.free();
        smtp = GreenMailTestResource.startSmtp(smtpPort);
        Map<String, String> env = Map.of(
                "AMQP_PORT", String.valueOf(broker.port()),
                "QUARKUS_OIDC_TENANT_ENABLED", "false",
                "QUARKUS_OIDC_WEB_TENANT_ENABLED", "false",
                "QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.jdbcUrl(DB),
                "QUARKUS_MAILER_PORT", String.valueOf(smtpPort),
                "REDRESS_NOTIFICATIONS_REMINDERS_LATE_AFTER", LATE_AFTER.toSeconds() + "s",
                "REDRESS_NOTIFICATIONS_SEND_TIMEOUT", "5s");
        first = new ServiceProcess("notifications-service", env);
        second = new ServiceProcess("notifications-service", env);
    }

    @AfterEach
    void stopBoth() {
        first.stop();
        second.stop();
    }

    @AfterAll
    static void stopTheRest() {
        Awaitility.reset();
        if (smtp != null) {
            smtp.stop();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void twoInstancesOneKilledWhileRemindersFallDueSendEachReminderOnce() throws Exception {
        first.start();
        second.start();
        String run = "pair-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = schedule(run, 300, Instant.now().plusSeconds(2), Duration.ofSeconds(4));

        await().atMost(Duration.ofSeconds(30)).until(() -> received(run).size() >= 60);
        first.kill();

        await().atMost(Duration.ofSeconds(60)).until(() -> messageIdsByRecipient(run).size() == recipients.size());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> messageIdsByRecipient(run).size() == recipients.size());
        Map<String, Set<String>> ids = messageIdsByRecipient(run);
        assertThat(ids.keySet()).containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(ids.values()).allSatisfy(messageIds -> assertThat(messageIds).hasSize(1));
        assertThat(firedReminders(run)).isEqualTo(recipients.size());
    }

    @Test
    void aLoneInstanceKilledAsRemindersFallDueAndStartedAgainTwoSecondsLaterSendsThemInSecondsNotAfterTheLease()
            throws Exception {
        first.start();
        String run = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = schedule(run, 300, Instant.now().plusSeconds(2), Duration.ZERO);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> received(run).size() >= 20);

        first.kill();
        assertThat(count("select count(*) from delivery where status = 'SENDING' and recipient like ?", run))
                .as("the kill left emails claimed, mid-send").isPositive();
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        first.start();

        // the claims' lease is 2 minutes: what the killed instance held is sent long before it runs out
        await().atMost(Duration.ofSeconds(60)).until(() -> messageIdsByRecipient(run).size() == recipients.size());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> messageIdsByRecipient(run).size() == recipients.size());
        assertThat(messageIdsByRecipient(run).values()).allSatisfy(messageIds -> assertThat(messageIds).hasSize(1));
        assertThat(firedReminders(run)).isEqualTo(recipients.size());
    }

    @Test
    void remindersThatFellDueWhileNoInstanceRanAreSentOnceAtStartUpMarkedLate() throws Exception {
        first.start();
        second.start();
        first.kill();
        second.kill();
        String run = "down-" + UUID.randomUUID().toString().substring(0, 8);
        Instant due = Instant.now().plusSeconds(1);
        List<String> recipients = schedule(run, 50, due, Duration.ofMillis(500));
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(due.plus(LATE_AFTER).plusSeconds(1)));

        first.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> messageIdsByRecipient(run).size() == recipients.size());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> received(run).size() == recipients.size());
        assertThat(messageIdsByRecipient(run).values()).allSatisfy(messageIds -> assertThat(messageIds).hasSize(1));
        assertThat(lateReminders(run)).isEqualTo(recipients.size());
    }

    /** Stores {@code count} deadlines whose period ends between {@code from} and {@code from + spread}, one "period ended" reminder each; answers the owners' addresses. */
    private static List<String> schedule(String run, int count, Instant from, Duration spread) throws SQLException {
        List<String> owners = new ArrayList<>();
        try (Connection db = database();
                PreparedStatement deadline = db.prepareStatement("insert into deadline (id, case_reference, case_title,"
                        + " respondent, kind, state, due_at, zone, explanation_summary, owner, started_by_type, started_by_date,"
                        + " version, updated_at) values (?, ?, 'Meta AI training', 'Meta Platforms Ireland Ltd.',"
                        + " 'COMPANY_RESPONSE', 'OPEN', ?, 'Europe/Vienna', '7 days from the formal notice', ?,"
                        + " 'FORMAL_NOTICE', ?, 1, now())");
                PreparedStatement reminder = db.prepareStatement("insert into reminder (id, deadline_id, deadline_version,"
                        + " type, due_at, status, created_at) values (?, ?, 1, 'ENDED', ?, 'SCHEDULED', now())")) {
            db.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                String owner = run + "-" + i + "@staff.redress.example";
                Timestamp dueAt = Timestamp.from(from.plusMillis(spread.toMillis() * i / count));
                deadline.setObject(1, id);
                deadline.setString(2, "RC-2026-" + (100000 + i));
                deadline.setTimestamp(3, dueAt);
                deadline.setString(4, owner);
                deadline.setObject(5, LocalDate.now().minusDays(7));
                deadline.addBatch();
                reminder.setObject(1, UUID.randomUUID());
                reminder.setObject(2, id);
                reminder.setTimestamp(3, dueAt);
                reminder.addBatch();
                owners.add(owner);
            }
            deadline.executeBatch();
            reminder.executeBatch();
            db.commit();
        }
        return owners;
    }

    private static long firedReminders(String run) throws SQLException {
        return count("select count(*) from reminder r join deadline d on d.id = r.deadline_id"
                + " where d.owner like ? and r.status = 'FIRED'", run);
    }

    private static long lateReminders(String run) throws SQLException {
        return count("select count(*) from reminder r join deadline d on d.id = r.deadline_id"
                + " where d.owner like ? and r.status = 'FIRED' and r.late", run);
    }

    private static long count(String sql, String run) throws SQLException {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, run + "-%");
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestDatabase.jdbcUrl(DB), System.getenv().getOrDefault("REDRESS_PG_USER", "postgres"),
                System.getenv().getOrDefault("REDRESS_PG_PASSWORD", ""));
    }

    private static List<MimeMessage> received(String run) {
        return List.of(smtp.getReceivedMessages()).stream().filter(m -> recipientOf(m).startsWith(run + "-")).toList();
    }

    /** The distinct Message-IDs each recipient of this run received. */
    private static Map<String, Set<String>> messageIdsByRecipient(String run) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (MimeMessage message : received(run)) {
            ids.computeIfAbsent(recipientOf(message), r -> new java.util.HashSet<>()).add(messageIdOf(message));
        }
        return ids;
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients() == null ? "" : message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
