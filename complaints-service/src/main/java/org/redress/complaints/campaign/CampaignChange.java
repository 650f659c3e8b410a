package org.redress.complaints.campaign;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.redress.complaints.category.Category;

/**
 * A campaign's new state, replacing the old one ({@code PUT}); opening and closing it is the
 * {@code open} field. {@code version} is the version the change was made from: when someone else
 * changed the campaign since, the change is refused with 409.
 */
public record CampaignChange(
        @NotBlank(message = "is required")
        @Size(max = CampaignRules.TITLE_MAX, message = "is longer than " + CampaignRules.TITLE_MAX + " characters")
        String title,
        @NotNull(message = "is required") UUID organisationId,
        @NotNull(message = "is required") Category category,
        @NotBlank(message = "is required")
        @Size(max = CampaignRules.TEXT_MAX, message = "is longer than " + CampaignRules.TEXT_MAX + " characters")
        String description,
        @NotBlank(message = "is required")
        @Size(max = CampaignRules.TEXT_MAX, message = "is longer than " + CampaignRules.TEXT_MAX + " characters")
        String collectiveActionConsent,
        @NotNull(message = "is required") Boolean open,
        @NotNull(message = "is required: the version the change was made from") Long version) {
}
