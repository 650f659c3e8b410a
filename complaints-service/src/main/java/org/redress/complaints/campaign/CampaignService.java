package org.redress.complaints.campaign;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.redress.complaints.organisation.OrganisationService;
import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Refusal;

import io.quarkus.panache.common.Sort;

/**
 * Campaigns: what the public landing pages read ({@link #findOpen}, {@link #countVerified}) and
 * what staff manage through {@code /api/staff/campaigns}.
 */
@ApplicationScoped
@Transactional
public class CampaignService {

    private final OrganisationService organisations;

    public CampaignService(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** An open campaign by its slug, for its landing page; empty when unknown or closed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Campaign> findOpen(String slug) {
        return Campaign.findBySlug(slug).filter(campaign -> campaign.open);
    }

    /** Verified sign-ups: the campaign's complaints with a confirmed email address, not erased. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countVerified(UUID campaignId) {
        Number count = (Number) Campaign.getEntityManager().createNativeQuery("""
                select count(*) from complaint
                 where campaign_id = ?1 and verified_at is not null and status <> 'ERASED'""")
                .setParameter(1, campaignId)
                .getSingleResult();
        return count.longValue();
    }

    /** Every campaign, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Campaign> list() {
        return Campaign.listAll(Sort.by("createdAt").descending());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Campaign> find(String slug) {
        return Campaign.findBySlug(slug);
    }

    /** Creates a campaign; a slug already in use is a conflict, an unknown organisation bad input. */
    public Campaign create(NewCampaign input) {
        requireOrganisation(input.organisationId());
        if (Campaign.findBySlug(input.slug()).isPresent()) {
            throw slugInUse(input.slug());
        }
        OffsetDateTime now = now();
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.slug = input.slug();
        campaign.title = input.title();
        campaign.organisationId = input.organisationId();
        campaign.category = input.category();
        campaign.description = input.description();
        campaign.collectiveActionConsent = input.collectiveActionConsent();
        campaign.open = input.open();
        campaign.createdAt = now;
        campaign.updatedAt = now;
        try {
            campaign.persistAndFlush();
        } catch (PersistenceException e) {
            // another request took the slug between the check and the insert
            throw slugInUse(input.slug());
        }
        return campaign;
    }

    /**
     * Replaces a campaign's fields, if it is still at the version the change was made from.
     * Empty when there is no such campaign.
     */
    public Optional<Campaign> update(String slug, CampaignChange change) {
        Optional<Campaign> found = Campaign.findBySlug(slug);
        if (found.isEmpty()) {
            return found;
        }
        requireOrganisation(change.organisationId());
        Campaign campaign = found.get();
        if (campaign.version != change.version()) {
            throw stale(campaign.version);
        }
        campaign.title = change.title();
        campaign.organisationId = change.organisationId();
        campaign.category = change.category();
        campaign.description = change.description();
        campaign.collectiveActionConsent = change.collectiveActionConsent();
        campaign.open = change.open();
        campaign.updatedAt = now();
        try {
            Campaign.flush();
        } catch (OptimisticLockException e) {
            // changed by another transaction after this one read it
            throw stale(change.version() + 1);
        }
        return found;
    }

    private void requireOrganisation(UUID organisationId) {
        if (!organisations.exists(organisationId)) {
            throw InvalidInputException.field("organisationId", "no organisation in the list has this id");
        }
    }

    private static Refusal.Conflict slugInUse(String slug) {
        return Refusal.conflict("A campaign with the slug " + slug + " already exists.");
    }

    private static Refusal.Conflict stale(long current) {
        return Refusal.conflict("The campaign was changed by someone else since you read it; it is now at version "
                + current + ". Read it again and reapply your change.");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
