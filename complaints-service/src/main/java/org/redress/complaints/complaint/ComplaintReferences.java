package org.redress.complaints.complaint;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/**
 * Hands out complaint references, {@code RC-<year, UTC>-<number, at least 6 digits>}, numbered from
 * the sequence {@code complaint_reference_seq}, which this service takes {@value #BLOCK} values at a
 * time: the complaints of a group commit then need no round trip each for their reference, and
 * their INSERTs go to PostgreSQL together at the commit. Numbers taken but not used when the service
 * stops are skipped (a sequence leaves gaps anyway, and several instances each take their own).
 */
@ApplicationScoped
public class ComplaintReferences {

    static final int BLOCK = 32;

    private final EntityManager em;
    private final Deque<Long> numbers = new ArrayDeque<>();

    public ComplaintReferences(EntityManager em) {
        this.em = em;
    }

    /** The reference of a complaint submitted at {@code submittedAt}; needs a transaction (the block is read in it). */
    public String next(OffsetDateTime submittedAt) {
        return format(submittedAt.withOffsetSameInstant(ZoneOffset.UTC).getYear(), nextNumber());
    }

    static String format(int year, long number) {
        return "RC-" + year + "-" + (number < 1_000_000 ? String.format("%06d", number) : Long.toString(number));
    }

    private synchronized long nextNumber() {
        if (numbers.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Number> block = em.createNativeQuery(
                    "select nextval('complaint_reference_seq') from generate_series(1, " + BLOCK + ")")
                    // reads no table: the session's pending inserts need not be flushed before it
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList();
            block.forEach(n -> numbers.add(n.longValue()));
        }
        return numbers.removeFirst();
    }
}
