package org.redress.complaints.organisation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;

/**
 * At start-up, publishes every organisation whose current version was never announced: those seeded or
 * added before cases-service kept a copy, and any whose announcement a crash interrupted. Several
 * replicas starting together take different rows ({@code SKIP LOCKED}); one announced twice changes
 * nothing in the copy (it keeps the highest version).
 */
@ApplicationScoped
public class OrganisationAnnouncer {

    private final EntityManager em;
    private final OrganisationEvents events;

    public OrganisationAnnouncer(EntityManager em, OrganisationEvents events) {
        this.em = em;
        this.events = events;
    }

    void onStart(@Observes StartupEvent start) {
        announcePending();
    }

    /** Announces the organisations not announced at their current version; how many. */
    @Transactional
    public int announcePending() {
        List<?> pending = em.createNativeQuery("select id from organisation"
                + " where announced_version is null or announced_version < version for update skip locked")
                .getResultList();
        pending.forEach(id -> events.announce(Organisation.findById((UUID) id)));
        return pending.size();
    }
}
