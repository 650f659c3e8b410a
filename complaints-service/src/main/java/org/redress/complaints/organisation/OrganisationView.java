package org.redress.complaints.organisation;

import java.util.UUID;

/** An organisation as the public form lists it. */
public record OrganisationView(UUID id, String name, String country) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id, organisation.name, organisation.country);
    }
}
