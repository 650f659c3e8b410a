package org.redress.cases.respondent;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.redress.platform.events.EventCodec;
import org.redress.platform.inbox.ProcessedEvents;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps the copy of complaints-service's organisations, from cases-service's own durable queue of
 * {@code organisation.changed}: one transaction per event, its id recorded, so a redelivery changes
 * nothing; an event older than the copy (by version) is ignored.
 */
@ApplicationScoped
public class OrganisationEventsConsumer {

    public static final String CHANNEL = "organisation-events";
    public static final String CHANGED = "organisation.changed";

    /** The fields of {@code organisation.changed} cases-service reads. */
    public record Changed(UUID organisationId, String name, String country, boolean euEntity, long version,
            List<ContactAddress> contacts) {
    }

    private final EventCodec codec;
    private final ProcessedEvents processed;

    public OrganisationEventsConsumer(EventCodec codec, ProcessedEvents processed) {
        this.codec = codec;
        this.processed = processed;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void on(Object body) {
        processed.firstDelivery(body, CHANGED::equals).ifPresent(event -> keep(codec.data(event, Changed.class)));
    }

    private static void keep(Changed changed) {
        RespondentOrganisation copy = RespondentOrganisation.findById(changed.organisationId());
        if (copy != null && copy.version >= changed.version()) {
            return;
        }
        if (copy == null) {
            copy = new RespondentOrganisation();
            copy.id = changed.organisationId();
        }
        copy.name = changed.name();
        copy.country = changed.country();
        copy.euEntity = changed.euEntity();
        copy.contacts = changed.contacts() == null ? List.of() : List.copyOf(changed.contacts());
        copy.version = changed.version();
        copy.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        copy.persist();
    }
}
