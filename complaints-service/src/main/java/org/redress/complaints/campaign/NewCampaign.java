package org.redress.complaints.campaign;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.redress.complaints.category.Category;

/** A campaign as staff create it. The slug is its landing page's address and never changes. */
public record NewCampaign(
        @NotBlank(message = "is required")
        @Size(max = CampaignRules.SLUG_MAX, message = "is longer than " + CampaignRules.SLUG_MAX + " characters")
        @Pattern(regexp = CampaignRules.SLUG_PATTERN, message = CampaignRules.SLUG_MESSAGE)
        String slug,
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
        @NotNull(message = "is required") Boolean open) {
}
