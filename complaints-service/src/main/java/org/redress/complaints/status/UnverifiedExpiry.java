package org.redress.complaints.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.ComplaintsConfig;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.complaint.ComplaintEvents;
import org.redress.platform.outbox.Outbox;
import org.redress.platform.worker.Next;
import org.redress.platform.worker.Timing;
import org.redress.platform.worker.Workers;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

/**
 * Deletes complaints whose email address was never confirmed, with their files and consents, once
 * {@code redress.complaints.verification.retention} (7 days) has passed since submission. Each
 * goes with a {@code complaint.erased} event, so notifications-service forgets the address too.
 * Runs on a platform worker ("unverified-expiry") every {@code check-every}.
 */
@Startup
@ApplicationScoped
public class UnverifiedExpiry {

    static final int BATCH = 500;

    private final Outbox outbox;
    private final Duration retention;

    public UnverifiedExpiry(Outbox outbox, ComplaintsConfig config, Workers workers) {
        this.outbox = outbox;
        this.retention = config.verification().retention();
        workers.define("unverified-expiry", Timing.pollEvery(config.verification().checkEvery()).firstRunAfter(Duration.ofSeconds(1)),
                this::run);
    }

    private Next run() {
        int deleted;
        int total = 0;
        do {
            deleted = deleteBatch(OffsetDateTime.now(ZoneOffset.UTC).minus(retention));
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            Log.infof("Deleted %d complaints never confirmed within %s", total, retention);
        }
        return Next.whenWoken();
    }

    /** Deletes up to {@link #BATCH} unconfirmed complaints submitted before {@code cutoff}; safe with two instances. */
    @Transactional
    public int deleteBatch(OffsetDateTime cutoff) {
        @SuppressWarnings("unchecked")
        List<Object[]> expired = Complaint.getEntityManager().createNativeQuery("""
                select id, reference, version from complaint
                where status = 'RECEIVED' and submitted_at < :cutoff
                order by submitted_at limit :batch
                for update skip locked""")
                .setParameter("cutoff", cutoff)
                .setParameter("batch", BATCH)
                .getResultList();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Object[] row : expired) {
            java.util.UUID id = (java.util.UUID) row[0];
            outbox.publish(ComplaintEvents.ADDRESS, ComplaintEvents.ERASED, id.toString(),
                    new ComplaintEvents.Erased(id, (String) row[1], ((Number) row[2]).longValue(), now,
                            "email address not confirmed in time"));
            Complaint.getEntityManager().createNativeQuery("delete from complaint where id = :id")
                    .setParameter("id", id).executeUpdate();
        }
        return expired.size();
    }
}
