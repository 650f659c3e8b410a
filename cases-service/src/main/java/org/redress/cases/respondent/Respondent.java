package org.redress.cases.respondent;

import java.util.List;
import java.util.UUID;

/** A respondent of complaints-service's list of organisations, with where a formal notice to it goes. */
public record Respondent(UUID id, String name, String country, List<ContactAddress> contacts) {

    static Respondent of(RespondentOrganisation organisation) {
        return new Respondent(organisation.id, organisation.name, organisation.country, List.copyOf(organisation.contacts));
    }
}
