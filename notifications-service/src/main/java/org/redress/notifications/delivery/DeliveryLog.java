package org.redress.notifications.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * The delivery log as staff read it: every email, newest first, filtered and paged; and the one
 * change staff make to it, a retry of a failed email. A retry puts the FAILED row back in the queue
 * (PENDING, due now) with its attempts reset to 0, so it gets the whole retry budget again, keeps the
 * server's last answer until the next attempt replaces it, and records who asked in delivery_audit.
 */
@ApplicationScoped
@Transactional
public class DeliveryLog {

    private static final Logger LOG = Logger.getLogger(DeliveryLog.class);

    /** What the log shows of one email (no bodies). */
    public record Entry(UUID id, OffsetDateTime createdAt, String kind, String reference, String recipient, String subject,
            String status, int attempts, String lastError, OffsetDateTime sentAt, OffsetDateTime nextAttemptAt) {

        /** A reminder to staff (its reference is a case's). */
        public boolean reminder() {
            return kind.startsWith("reminder-");
        }

        public boolean retryable() {
            return Delivery.Status.FAILED.name().equals(status) && !Delivery.ERASED.equals(recipient);
        }
    }

    /** The filters of the log; null or blank means "any". Dates are UTC days, both included. */
    public record Filter(Delivery.Status status, String kind, String reference, String recipient, LocalDate from,
            LocalDate to) {
    }

    /** One page of the log, and whether there is a next one. */
    public record Page(List<Entry> entries, int number, int size, boolean hasNext) {
    }

    /** The outcome of a retry. */
    public enum Retry {
        REQUEUED, NOT_FOUND, NOT_FAILED
    }

    private final EntityManager em;
    private final Event<DeliveryQueued> queued;

    public DeliveryLog(EntityManager em, Event<DeliveryQueued> queued) {
        this.em = em;
        this.queued = queued;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page find(Filter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (filter.status() != null) {
            where.append(" and status = ?").append(params.size() + 1);
            params.add(filter.status().name());
        }
        if (present(filter.kind())) {
            where.append(" and kind = ?").append(params.size() + 1);
            params.add(filter.kind().strip());
        }
        if (present(filter.reference())) {
            where.append(" and reference = ?").append(params.size() + 1);
            params.add(filter.reference().strip());
        }
        if (present(filter.recipient())) {
            where.append(" and lower(recipient) like ?").append(params.size() + 1).append(" escape '\\'");
            params.add("%" + likeEscaped(filter.recipient().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.from() != null) {
            where.append(" and created_at >= ?").append(params.size() + 1);
            params.add(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" and created_at < ?").append(params.size() + 1);
            params.add(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        Query query = em.createNativeQuery("select id, created_at, kind, reference, recipient, subject, status, attempts,"
                + " last_error, sent_at, next_attempt_at from delivery" + where
                + " order by created_at desc, id limit " + (size + 1) + " offset " + ((long) page * size));
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            entries.add(new Entry((UUID) row[0], time(row[1]), (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5], (String) row[6], ((Number) row[7]).intValue(), (String) row[8], time(row[9]),
                    time(row[10])));
        }
        boolean hasNext = entries.size() > size;
        return new Page(hasNext ? entries.subList(0, size) : entries, page, size, hasNext);
    }

    /** The kinds of email in the log, for the filter's choices. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> kinds() {
        return em.createNativeQuery("select distinct kind from delivery order by kind").getResultList();
    }

    /** Puts a failed email back in the queue, due now, on behalf of {@code actor} (a staff member's username). */
    public Retry retry(UUID id, String actor) {
        Delivery.Status status = em.createQuery("select d.status from Delivery d where d.id = ?1", Delivery.Status.class)
                .setParameter(1, id).getResultStream().findFirst().orElse(null);
        if (status == null) {
            return Retry.NOT_FOUND;
        }
        int changed = em.createNativeQuery("update delivery set status = 'PENDING', attempts = 0, next_attempt_at = now(), retry_until = null"
                + " where id = ?1 and status = 'FAILED' and recipient <> ?2")
                .setParameter(1, id).setParameter(2, Delivery.ERASED).executeUpdate();
        if (changed == 0) {
            return Retry.NOT_FAILED;
        }
        em.createNativeQuery("insert into delivery_audit (delivery_id, action, actor, at) values (?1, 'RETRY', ?2, now())")
                .setParameter(1, id).setParameter(2, actor).executeUpdate();
        queued.fire(new DeliveryQueued("retry"));
        LOG.infof("Failed email %s put back in the queue by %s", id, actor);
        return Retry.REQUEUED;
    }

    /** Who retried {@code id}, oldest first (usernames). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> retriedBy(UUID id) {
        return em.createNativeQuery("select actor from delivery_audit where delivery_id = ?1 and action = 'RETRY' order by id")
                .setParameter(1, id).getResultList();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String likeEscaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
