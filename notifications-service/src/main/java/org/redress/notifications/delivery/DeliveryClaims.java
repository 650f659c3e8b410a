package org.redress.notifications.delivery;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.Session;
import org.redress.notifications.NotificationsConfig;
import org.redress.platform.outbox.Outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The two short transactions around each SMTP hand-off. {@link #claim} takes due emails with
 * {@code FOR UPDATE SKIP LOCKED} (two instances never claim the same row), highest priority first,
 * and marks them SENDING with a lease, in one statement; {@link #record} writes what became of
 * them in one batch, with {@code notification.sent} / {@code notification.failed} in the same
 * transaction. An email left SENDING by a dispatcher that died between the two is claimed again:
 * at once when the instance that claimed it has stopped beating ({@link InstanceHeartbeat}: killed,
 * or stopped and left), at the latest when its lease runs out. It keeps its Message-ID, so a second
 * hand-off is the same email, which the recipient's mail system drops.
 */
@ApplicationScoped
class DeliveryClaims {

    private static final String COLUMNS = "id, message_id, kind, reference, reminder_id, recipient, subject, text_body,"
            + " html_body, attempts, retry_until, sender, reply_to, attachment_count";
    private static final int COLUMN_COUNT = 14;
    private static final String CLAIM = "update delivery set status = 'SENDING', attempts = attempts + 1,"
            + " claimed_at = :now, lease_until = :lease, claimed_by = :instance where id in (select id from delivery where %s"
            + " order by priority desc, %s limit :limit for update skip locked) returning " + COLUMNS + ", priority";
    /**
     * A claim is abandoned once its lease ran out, or once its instance no longer beats. A claim
     * without an instance (written before heartbeats existed) waits for its lease.
     */
    private static final String ABANDONED_CLAIM = "status = 'SENDING' and (lease_until <= :now"
            + " or claimed_by is not null and claimed_by <> :instance and not exists (select 1 from instance_heartbeat h"
            + " where h.id = delivery.claimed_by and h.beat_at > clock_timestamp() - make_interval(secs => :staleSeconds)))";
    private static final String ABANDONED = CLAIM.formatted(ABANDONED_CLAIM, "lease_until");
    private static final String DUE = CLAIM.formatted("status = 'PENDING' and next_attempt_at <= :now", "next_attempt_at");
    /** An abandoned claim of an email whose complaint was erased meanwhile is not sent again. */
    private static final String CANCEL_ERASED = "update delivery set status = 'CANCELLED', lease_until = null"
            + " where " + ABANDONED_CLAIM + " and recipient = '" + Delivery.ERASED + "'";
    /** Only while the claim is still ours: same attempt, still SENDING (not claimed again since, as abandoned). */
    private static final String RECORD = "update delivery set status = ?, lease_until = null, attempts = attempts - ?,"
            + " sent_at = coalesce(?, sent_at), next_attempt_at = coalesce(?, next_attempt_at), retry_until = coalesce(?, retry_until),"
            + " last_error = case when ? then last_error when recipient = '" + Delivery.ERASED + "' then ? else ? end"
            + " where id = ? and status = 'SENDING' and attempts = ?";

    private final EntityManager em;
    private final NotificationsConfig config;
    private final Outbox outbox;
    private final InstanceHeartbeat heartbeat;

    DeliveryClaims(EntityManager em, NotificationsConfig config, Outbox outbox, InstanceHeartbeat heartbeat) {
        this.em = em;
        this.config = config;
        this.outbox = outbox;
        this.heartbeat = heartbeat;
    }

    /** Claims up to {@code limit} emails to hand off now: abandoned claims first, then due ones. */
    List<Claimed> claim(int limit) {
        return QuarkusTransaction.requiringNew().timeout(30).call(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            heartbeat.beatInTransaction();
            abandoned(em.createNativeQuery(CANCEL_ERASED)).setParameter("now", now).executeUpdate();
            List<Claimed> claimed = new ArrayList<>(claim(abandoned(em.createNativeQuery(ABANDONED)), now, limit));
            if (claimed.size() < limit) {
                claimed.addAll(claim(em.createNativeQuery(DUE), now, limit - claimed.size()));
            }
            return claimed;
        });
    }

    /**
     * The SMTP server answers again after being unreachable: the emails claimed since
     * {@code claimedSince} whose hand-off failed and that wait for their retry are due now (their
     * backoff was for the server, which is back). Answers how many.
     */
    int retryNow(Instant claimedSince) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("update delivery set next_attempt_at = now()"
                + " where status = 'PENDING' and attempts > 0 and next_attempt_at > now() and claimed_at >= :since")
                .setParameter("since", claimedSince.atOffset(ZoneOffset.UTC))
                .executeUpdate());
    }

    /** How many emails are due to be handed off now (its worker's backlog). */
    long due() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from delivery where status = 'PENDING' and next_attempt_at <= now()")
                .getSingleResult()).longValue());
    }

    /** Binds what tells an abandoned claim: this instance, and how old a heartbeat may be. */
    private Query abandoned(Query query) {
        return query.setParameter("instance", heartbeat.id())
                .setParameter("staleSeconds", heartbeat.staleAfter().toMillis() / 1000.0);
    }

    private List<Claimed> claim(Query query, OffsetDateTime now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query
                .setParameter("now", now)
                .setParameter("instance", heartbeat.id())
                .setParameter("lease", now.plus(config.sendLease()))
                .setParameter("limit", limit)
                .getResultList();
        // handed off in priority order: staff reminders before complainant messages within a round too
        return rows.stream()
                .sorted(Comparator.comparingInt((Object[] row) -> ((Number) row[COLUMN_COUNT]).intValue()).reversed())
                .map(Claimed::of).map(this::withAttachments).toList();
    }

    /** Loads the attachments of an email that has some (a formal notice), in the claim's transaction. */
    private Claimed withAttachments(Claimed email) {
        if (email.attachmentCount() == 0) {
            return email;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select file_name, content_type, content from delivery_attachment"
                + " where delivery_id = :id order by position")
                .setParameter("id", email.id())
                .getResultList();
        return email.with(rows.stream().map(row -> new Attachment((String) row[0], (String) row[1], (byte[]) row[2])).toList());
    }

    /**
     * Records the outcomes of one round in one transaction. An email whose claim is no longer ours
     * (another dispatcher claimed it again as abandoned) is left to that dispatcher.
     */
    void record(List<Handoff> handoffs) {
        if (handoffs.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().timeout(30).run(() -> {
            int[] updated = em.unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement update = connection.prepareStatement(RECORD)) {
                    for (Handoff handoff : handoffs) {
                        bind(update, handoff);
                        update.addBatch();
                    }
                    return update.executeBatch();
                }
            });
            for (int i = 0; i < handoffs.size(); i++) {
                if (updated[i] != 0) {
                    publish(handoffs.get(i));
                }
            }
        });
    }

    private static void bind(PreparedStatement update, Handoff handoff) throws SQLException {
        Handoff.Result result = handoff.result();
        OffsetDateTime at = handoff.at().atOffset(ZoneOffset.UTC);
        update.setString(1, switch (result) {
            case SENT -> Delivery.Status.SENT.name();
            case FAILED -> Delivery.Status.FAILED.name();
            case RETRY, NOT_STARTED -> Delivery.Status.PENDING.name();
        });
        update.setInt(2, result == Handoff.Result.NOT_STARTED ? 1 : 0);
        update.setObject(3, result == Handoff.Result.SENT ? at : null, Types.TIMESTAMP_WITH_TIMEZONE);
        update.setObject(4, switch (result) {
            case RETRY -> handoff.retryAt().atOffset(ZoneOffset.UTC);
            case NOT_STARTED -> at;
            default -> null;
        }, Types.TIMESTAMP_WITH_TIMEZONE);
        update.setObject(5, handoff.retryUntil() == null ? null : handoff.retryUntil().atOffset(ZoneOffset.UTC),
                Types.TIMESTAMP_WITH_TIMEZONE);
        update.setBoolean(6, result == Handoff.Result.NOT_STARTED);
        update.setString(7, NotificationOutcome.withoutRecipient(handoff.error(), handoff.claimed().recipient()));
        update.setString(8, handoff.error());
        update.setObject(9, handoff.claimed().id());
        update.setInt(10, handoff.claimed().attempt());
    }

    private void publish(Handoff handoff) {
        switch (handoff.result()) {
            case SENT -> outbox.publish(NotificationOutcome.ADDRESS, NotificationOutcome.SENT, handoff.claimed().id().toString(),
                    NotificationOutcome.of(handoff.claimed(), null, handoff.at()));
            case FAILED -> outbox.publish(NotificationOutcome.ADDRESS, NotificationOutcome.FAILED,
                    handoff.claimed().id().toString(), NotificationOutcome.of(handoff.claimed(), handoff.error(), handoff.at()));
            default -> {
                // not an outcome yet
            }
        }
    }
}
