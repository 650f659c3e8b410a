package org.redress.notifications.complaint;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.redress.notifications.delivery.DeliveryService;

/**
 * What notifications-service knows of erased complaints: it forgets their complainants, and
 * remembers only the complaint ids, so that a request for an email about one of them that arrives
 * after the erasure (the two come on different queues) sends nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplaintErasure {

    private final EntityManager em;
    private final DeliveryService deliveries;

    public ComplaintErasure(EntityManager em, DeliveryService deliveries) {
        this.em = em;
        this.deliveries = deliveries;
    }

    /** Erases what this service holds about the complainant of {@code complaintId}. */
    public DeliveryService.Purge erase(UUID complaintId) {
        lock(complaintId);
        em.createNativeQuery("insert into erased_complaint (complaint_id, erased_at) values (:id, now())"
                + " on conflict (complaint_id) do nothing")
                .setParameter("id", complaintId)
                .executeUpdate();
        return deliveries.purge(complaintId);
    }

    /**
     * Whether {@code complaintId} was erased. Holds a lock on the complaint until the transaction
     * ends, so that an email queued after this answered false is erased by a concurrent erasure too.
     */
    public boolean isErased(UUID complaintId) {
        lock(complaintId);
        return ((Number) em.createNativeQuery("select count(*) from erased_complaint where complaint_id = :id")
                .setParameter("id", complaintId)
                .getSingleResult()).intValue() > 0;
    }

    private void lock(UUID complaintId) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(cast(:id as text), 0))) as locked")
                .setParameter("id", complaintId)
                .getSingleResult();
    }
}
