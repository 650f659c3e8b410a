package org.redress.platform.inbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The consumer side of exactly-once effects: a handler records the id of each event it handles
 * in the same transaction as its effect, so a redelivered event finds its id and changes nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the event as handled by this service; answers false when it already was (a
     * redelivery), in which case the caller must do nothing. A concurrent delivery of the same
     * event waits on the row lock and then answers false.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String type) {
        return em.createNativeQuery("insert into processed_event (event_id, event_type, processed_at)"
                + " values (:id, :type, now()) on conflict (event_id) do nothing")
                .setParameter("id", eventId)
                .setParameter("type", type)
                .executeUpdate() == 1;
    }
}
