package org.redress.notifications.delivery;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.redress.notifications.NotificationsConfig;
import org.redress.platform.worker.Next;
import org.redress.platform.worker.Timing;
import org.redress.platform.worker.Workers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;

/**
 * Deletes the bodies of emails delivered longer ago than {@code body-retention} (90 days by
 * default): the delivery log keeps kind, reference, recipient, subject, status and times. Runs
 * hourly on a platform worker ("body-retention"), in batches of its own transaction each; rows
 * another instance is deleting are skipped.
 */
@Startup
@ApplicationScoped
public class BodyRetention {

    private static final Logger LOG = Logger.getLogger(BodyRetention.class);
    static final int BATCH = 1000;
    /** The bodies and the attachments of up to {@code limit} emails; answers how many emails. */
    private static final String DELETE = "with expired as (update delivery set text_body = '', html_body = '', bodies_deleted_at = :now"
            + " where id in (select id from delivery where status = 'SENT' and bodies_deleted_at is null"
            + " and sent_at < :cutoff limit :limit for update skip locked) returning id),"
            + " attachments as (delete from delivery_attachment a using expired e where a.delivery_id = e.id)"
            + " select count(*) from expired";

    private final EntityManager em;
    private final NotificationsConfig config;

    public BodyRetention(EntityManager em, NotificationsConfig config, Workers workers) {
        this.em = em;
        this.config = config;
        workers.define("body-retention", Timing.pollEvery(Duration.ofHours(1)).firstRunAfter(Duration.ofMinutes(1)), () -> {
            deleteExpiredBodies();
            return Next.whenWoken();
        });
    }

    /** Deletes the bodies of every email delivered before now minus the retention period; answers how many. */
    public int deleteExpiredBodies() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime cutoff = now.minus(config.bodyRetention());
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(DELETE)
                    .setParameter("now", now)
                    .setParameter("cutoff", cutoff)
                    .setParameter("limit", BATCH)
                    .getSingleResult()).intValue());
            total += batch;
        } while (batch == BATCH);
        if (total > 0) {
            LOG.infof("Deleted the bodies of %d email(s) delivered before %s", total, cutoff);
        }
        return total;
    }
}
