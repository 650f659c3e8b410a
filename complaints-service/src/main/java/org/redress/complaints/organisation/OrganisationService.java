package org.redress.complaints.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

/** The list of organisations complaints can name. Managing it is staff work, still to come. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationService {

    public List<Organisation> list() {
        return Organisation.listAll(Sort.by("name"));
    }

    public Optional<Organisation> find(UUID id) {
        return Organisation.findByIdOptional(id);
    }

    public boolean exists(UUID id) {
        return Organisation.count("id", id) > 0;
    }
}
