package org.redress.complaints.campaign;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.redress.complaints.category.Category;

/** A campaign as the staff API shows it; {@code version} goes back with a change. */
public record CampaignView(UUID id, String slug, String title, UUID organisationId, Category category,
        String description, String collectiveActionConsent, boolean open, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, long version) {

    static CampaignView of(Campaign campaign) {
        return new CampaignView(campaign.id, campaign.slug, campaign.title, campaign.organisationId, campaign.category,
                campaign.description, campaign.collectiveActionConsent, campaign.open, campaign.createdAt,
                campaign.updatedAt, campaign.version);
    }
}
