package org.redress.complaints.organisation;

import java.util.UUID;

/** A contact address of an organisation, as staff and the event organisation.changed see it. */
public record ContactView(UUID id, ContactRole role, String email, String language) {

    static ContactView of(OrganisationContact contact) {
        return new ContactView(contact.id, contact.role, contact.email, contact.language);
    }
}
