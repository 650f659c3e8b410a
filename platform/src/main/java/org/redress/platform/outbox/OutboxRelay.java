package org.redress.platform.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.redress.platform.events.CloudEvent;
import org.redress.platform.worker.Next;
import org.redress.platform.worker.Timing;
import org.redress.platform.worker.Worker;
import org.redress.platform.worker.Workers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.vertx.amqp.AmqpMessage;

/**
 * Publishes committed outbox events to the broker and marks them published.
 * <p>
 * It runs on one thread of its own: {@code linger} (10 ms) after a commit that wrote an event, so
 * that the events of the commits meanwhile go out in the same round, and every second in case a
 * wake-up was missed (or the service restarted with events pending). Rows are taken with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances of a service never publish the same row at the
 * same time. Delivery is at-least-once — a crash between the broker's acceptance and the commit
 * publishes an event again — which consumers absorb by recording each event id they handle.
 * While the broker is unreachable the relay backs off exponentially up to {@code max-backoff}.
 * Its thread is a platform {@link Worker} ("outbox-relay", its backlog the unpublished events); a
 * second one ("outbox-purge") deletes published events after their retention, hourly. Its connection
 * is a {@link BrokerSender}.
 */
@Startup
@ApplicationScoped
public class OutboxRelay {

    private static final String PENDING = "select * from outbox_message where published_at is null"
            + " order by created_at limit :limit for update skip locked";

    private final BrokerSender broker;
    private final EntityManager em;
    private final OutboxConfig config;
    private final Worker worker;

    public OutboxRelay(BrokerSender broker, EntityManager em, OutboxConfig config, Workers workers) {
        this.broker = broker;
        this.em = em;
        this.config = config;
        this.worker = workers.define("outbox-relay",
                Timing.pollEvery(config.pollInterval()).linger(config.linger()).maxBackoff(config.maxBackoff()),
                () -> Next.nowIf(publishRound() == config.batchSize()), this::unpublished);
        workers.define("outbox-purge", Timing.pollEvery(Duration.ofHours(1)).firstRunAfter(Duration.ofMinutes(1)),
                this::purgePublished);
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        worker.wake();
    }

    private Next purgePublished() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention());
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("delete from OutboxMessage m where m.publishedAt < :before")
                .setParameter("before", before)
                .executeUpdate());
        return Next.whenWoken();
    }

    private long unpublished() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from outbox_message where published_at is null")
                .getSingleResult()).longValue());
    }

    /** Publishes one batch in one transaction; returns how many events it published. */
    private int publishRound() {
        int timeoutSeconds = (int) config.sendTimeout().toSeconds() + 30;
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
            @SuppressWarnings("unchecked")
            List<OutboxMessage> batch = em.createNativeQuery(PENDING, OutboxMessage.class)
                    .setParameter("limit", config.batchSize())
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            broker.sendAll(batch.stream().map(OutboxRelay::message).toList(), config.sendTimeout());
            // one statement for the batch (the rows are locked by this transaction since the select)
            em.createNativeQuery("update outbox_message set published_at = :now where id = any(:ids)")
                    .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .setParameter("ids", batch.stream().map(m -> m.id).toArray(java.util.UUID[]::new))
                    .executeUpdate();
            batch.forEach(em::detach);
            return batch.size();
        });
    }

    private static AmqpMessage message(OutboxMessage message) {
        return AmqpMessage.create()
                .address(message.address)
                .durable(true)
                .id(message.id.toString())
                .subject(message.type)
                .contentType(CloudEvent.CONTENT_TYPE)
                .withBody(message.payload)
                .build();
    }
}
