package org.redress.notifications.delivery;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * This instance's row in {@code instance_heartbeat}, renewed every {@code heartbeat-every} with the
 * database's clock. The emails its dispatcher claims name it ({@code delivery.claimed_by}); while
 * the row is fresh they are its own, and once it is older than {@code instance-stale-after} (the
 * instance was killed) or gone (it stopped and {@link #leave() left}), any live instance takes them
 * over at once instead of waiting for their lease. Recovery from a crash then takes seconds. It beats
 * on a platform worker ("heartbeat").
 */
@Startup
@ApplicationScoped
public class InstanceHeartbeat {

    private static final Logger LOG = Logger.getLogger(InstanceHeartbeat.class);
    private static final String BEAT = "insert into instance_heartbeat (id, started_at, beat_at)"
            + " values (:id, clock_timestamp(), clock_timestamp())"
            + " on conflict (id) do update set beat_at = clock_timestamp()";
    /** Rows of instances gone for a day are forgotten; a claim naming one is abandoned all the same. */
    private static final String FORGET = "delete from instance_heartbeat where beat_at < clock_timestamp() - interval '1 day'";

    private final UUID id = UUID.randomUUID();
    private final AtomicBoolean left = new AtomicBoolean();
    private final EntityManager em;
    private final Duration staleAfter;

    public InstanceHeartbeat(EntityManager em, NotificationsConfig config, Workers workers) {
        if (config.instanceStaleAfter().compareTo(config.heartbeatEvery().multipliedBy(3)) < 0) {
            throw new IllegalArgumentException("redress.notifications.instance-stale-after (" + config.instanceStaleAfter()
                    + ") must be at least three times redress.notifications.heartbeat-every (" + config.heartbeatEvery() + ")");
        }
        this.em = em;
        this.staleAfter = config.instanceStaleAfter();
        workers.define("heartbeat", Timing.pollEvery(config.heartbeatEvery()), this::renew);
    }

    /** This instance, as {@code delivery.claimed_by} names it. */
    public UUID id() {
        return id;
    }

    Duration staleAfter() {
        return staleAfter;
    }

    /** While the database is away the claims go stale, and the instances sort them out once it is back. */
    private Next renew() {
        if (!left.get()) {
            QuarkusTransaction.requiringNew().timeout(5).run(() -> {
                beatInTransaction();
                em.createNativeQuery(FORGET).executeUpdate();
            });
        }
        return Next.whenWoken();
    }

    /** Renews the heartbeat in the caller's transaction: a claim is never written by an instance without a fresh row. */
    void beatInTransaction() {
        em.createNativeQuery(BEAT).setParameter("id", id).executeUpdate();
    }

    /**
     * Stops beating and deletes the row: the emails this instance still holds are taken over by the
     * other instances at once (a rolling update waits for no lease). Called once the dispatcher has
     * stopped claiming.
     */
    void leave() {
        if (!left.compareAndSet(false, true)) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().timeout(5).run(() -> em.createNativeQuery(
                    "delete from instance_heartbeat where id = :id").setParameter("id", id).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("Could not remove the heartbeat of instance %s; its emails are taken over once it is stale: %s",
                    id, e.getMessage());
        }
    }
}
