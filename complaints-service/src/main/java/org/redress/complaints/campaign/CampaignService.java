package org.redress.complaints.campaign;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

/**
 * Campaigns: what the public landing pages read ({@link #findOpen}, {@link #countVerified}) and
 * what staff manage through {@code /api/staff/campaigns}.
 */
@ApplicationScoped
@Transactional
public class CampaignService {

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Campaign> list() {
        return Campaign.listAll(Sort.by("createdAt").descending());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Campaign> find(String slug) {
        return Campaign.findBySlug(slug);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
