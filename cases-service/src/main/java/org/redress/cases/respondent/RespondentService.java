package org.redress.cases.respondent;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

/**
 * The organisations a case's respondent is picked from (complaints-service's list, kept in step by
 * {@link OrganisationEventsConsumer}), and the one a case names.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RespondentService {

    /** The names of every organisation of the list, alphabetically: the choices of the respondent field. */
    public List<String> names() {
        return RespondentOrganisation.<RespondentOrganisation>listAll(Sort.by("name")).stream()
                .map(organisation -> organisation.name).toList();
    }

    /** The organisation of the list a case's respondent names (the same name, ignoring case), if any. */
    public Optional<Respondent> named(String respondent) {
        if (respondent == null || respondent.isBlank()) {
            return Optional.empty();
        }
        return RespondentOrganisation.<RespondentOrganisation>find("lower(name) = ?1",
                respondent.strip().toLowerCase(Locale.ROOT)).firstResultOptional().map(Respondent::of);
    }
}
