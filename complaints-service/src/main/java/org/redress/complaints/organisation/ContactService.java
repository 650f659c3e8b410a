package org.redress.complaints.organisation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Refusal;

import io.quarkus.panache.common.Sort;

/**
 * The addresses of each organisation where a formal notice goes, with the language to write to it in,
 * as staff keep them. Each change counts up the organisation's version and announces the organisation
 * ({@link OrganisationEvents}) in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ContactService {

    private final OrganisationEvents events;

    public ContactService(OrganisationEvents events) {
        this.events = events;
    }

    /** How many addresses one organisation keeps at most. */
    static final int MAX_CONTACTS = 20;

    /** The organisation's addresses, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContactView> of(UUID organisationId) {
        organisation(organisationId);
        return OrganisationContact.<OrganisationContact>list("organisationId", Sort.by("createdAt").and("email"), organisationId)
                .stream().map(ContactView::of).toList();
    }

    /**
     * Adds an address to the organisation.
     *
     * @throws Refusal 404 for an unknown organisation, 400 for an address it already has or one too many
     */
    public ContactView add(UUID organisationId, NewContact contact) {
        Organisation organisation = organisation(organisationId);
        String email = contact.email().strip();
        if (OrganisationContact.count("organisationId = ?1 and lower(email) = ?2", organisationId,
                email.toLowerCase(Locale.ROOT)) > 0) {
            throw InvalidInputException.field("email", "is already an address of this organisation");
        }
        if (OrganisationContact.count("organisationId", organisationId) >= MAX_CONTACTS) {
            throw InvalidInputException.field("email", "an organisation keeps at most " + MAX_CONTACTS + " addresses");
        }
        OrganisationContact added = new OrganisationContact();
        added.id = UUID.randomUUID();
        added.organisationId = organisationId;
        added.role = contact.role();
        added.email = email;
        added.language = contact.language();
        added.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        added.persist();
        organisation.version++;
        events.announce(organisation);
        return ContactView.of(added);
    }

    /**
     * Removes an address of the organisation.
     *
     * @throws Refusal 404 for an unknown organisation or an address it does not have
     */
    public void remove(UUID organisationId, UUID contactId) {
        Organisation organisation = organisation(organisationId);
        OrganisationContact contact = OrganisationContact.<OrganisationContact>find("id = ?1 and organisationId = ?2",
                contactId, organisationId).firstResultOptional()
                .orElseThrow(() -> Refusal.notFound("The organisation has no address " + contactId + "."));
        contact.delete();
        organisation.version++;
        events.announce(organisation);
    }

    private static Organisation organisation(UUID id) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            throw Refusal.notFound("There is no organisation " + id + ".");
        }
        return organisation;
    }
}
