package org.redress.notifications.digest;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What the daily digest reads and writes: the staff members who asked for it (staff_member), the
 * deadlines of their cases (the deadline table kept from cases-service's events), and the days whose
 * digest went out (digest_sent, one row per address and local day).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DigestStore {

    private final EntityManager em;

    public DigestStore(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Subscriber> subscribers() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.email, m.language, m.zone,"
                + " (select max(s.day) from digest_sent s where s.email = m.email)"
                + " from staff_member m where m.digest order by m.email")
                .getResultList();
        return rows.stream().map(row -> new Subscriber((String) row[0], (String) row[1], (String) row[2], day(row[3])))
                .toList();
    }

    /**
     * Records that the digest of {@code day} goes to {@code email}; false when it already went (by
     * this instance or another: the unique row waits for the other's transaction, then refuses).
     */
    public boolean claim(String email, LocalDate day, Instant now) {
        return em.createNativeQuery("insert into digest_sent (email, day, sent_at) values (:email, :day, :now)"
                + " on conflict (email, day) do nothing")
                .setParameter("email", email)
                .setParameter("day", day)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    /** The deadlines neither met nor cancelled of the cases {@code email} owns or whose team it is, due before {@code until}, earliest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueDeadline> deadlinesOf(String email, Instant until) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select case_reference, case_title, respondent, kind, due_at, zone"
                + " from deadline where (lower(owner) = :email or lower(team) = :email)"
                + " and state not in ('MET', 'CANCELLED') and due_at < :until order by due_at, case_reference")
                .setParameter("email", email)
                .setParameter("until", until.atOffset(ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(row -> new DueDeadline((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                instant(row[4]), (String) row[5])).toList();
    }

    /** Forgets which digests went out before {@code before}; answers how many rows it deleted. */
    public int forget(Instant before) {
        return em.createNativeQuery("delete from digest_sent where sent_at < :before")
                .setParameter("before", before.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    private static LocalDate day(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((Date) value).toLocalDate();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
