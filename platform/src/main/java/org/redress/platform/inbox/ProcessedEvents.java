package org.redress.platform.inbox;

import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.redress.platform.events.CloudEvent;
import org.redress.platform.events.EventCodec;
import org.redress.platform.events.MalformedEventException;

/**
 * The consumer side of exactly-once effects: a handler records the id of each event it handles
 * in the same transaction as its effect, so a redelivered event finds its id and changes nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;
    private final EventCodec codec;

    public ProcessedEvents(EntityManager em, EventCodec codec) {
        this.em = em;
        this.codec = codec;
    }

    /**
     * Reads the event in an AMQP message body and answers it when the consumer awaits its type and
     * this is its first delivery, recording it as handled by this service; answers empty for a type
     * not awaited (recording nothing) or a redelivery, in which case the caller must do nothing. A
     * concurrent delivery of the same event waits on the row lock and then answers empty.
     *
     * @throws MalformedEventException when the body is not an event, so that the message fails
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CloudEvent> firstDelivery(Object body, Predicate<String> awaited) {
        CloudEvent event = codec.read(body);
        if (!awaited.test(event.type())) {
            return Optional.empty();
        }
        boolean first = em.createNativeQuery("insert into processed_event (event_id, event_type, processed_at)"
                + " values (:id, :type, now()) on conflict (event_id) do nothing")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate() == 1;
        return first ? Optional.of(event) : Optional.empty();
    }
}
