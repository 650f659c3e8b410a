package org.redress.complaints.organisation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.platform.outbox.Outbox;

import io.quarkus.panache.common.Sort;

/**
 * The event complaints-service publishes about the organisations of its list:
 * {@code organisation.changed}, the whole organisation as it is now with its contact addresses (the
 * addresses of its staff for legal notices, no one's personal data), on {@value #ADDRESS}. cases-service
 * keeps a copy, so that a case's respondent carries where its formal notices go.
 */
@ApplicationScoped
public class OrganisationEvents {

    public static final String ADDRESS = "organisation-events";
    public static final String CHANGED = "organisation.changed";

    /** {@code organisation.changed}: fields are only ever added, so older consumers keep reading it. */
    public record Changed(UUID organisationId, String name, String country, boolean euEntity, long version,
            List<Contact> contacts) {
    }

    /** A contact address: whom it reaches (DPO, LEGAL, GENERAL), the address, the language to write in. */
    public record Contact(String role, String email, String language) {
    }

    private final Outbox outbox;

    public OrganisationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Publishes the organisation as it is now, in the caller's transaction, and records the version announced. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Organisation organisation) {
        List<Contact> contacts = OrganisationContact.<OrganisationContact>list("organisationId",
                Sort.by("createdAt").and("email"), organisation.id).stream()
                .map(contact -> new Contact(contact.role.name(), contact.email, contact.language)).toList();
        outbox.publish(ADDRESS, CHANGED, organisation.id.toString(), new Changed(organisation.id, organisation.name,
                organisation.country, organisation.euEntity, organisation.version, contacts));
        organisation.announcedVersion = organisation.version;
    }
}
