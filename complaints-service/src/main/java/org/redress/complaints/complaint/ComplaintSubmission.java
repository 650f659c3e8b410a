package org.redress.complaints.complaint;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.redress.complaints.category.Category;
import org.redress.portal.Languages;

/**
 * What a member of the public sends to submit a complaint, through the JSON API or the form; the
 * same rules hold for both. The company is either {@code organisationId} (from
 * {@code GET /api/organisations}) or {@code company} typed in, never both. {@code contactedOn} is
 * required when {@code contacted}, ignored otherwise, and may be before {@code startedOn} (people
 * object in advance to what a company announced). {@code consentVersion} is the version of the
 * consent wording shown, in {@code language}. {@code campaign} is the slug of an open campaign the
 * complaint joins (from its landing page), or null.
 */
@ConsistentComplaint
public record ComplaintSubmission(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank String country,
        UUID organisationId,
        @Size(max = 200) String company,
        @NotBlank @Size(max = 100) String service,
        @NotNull Category category,
        @NotBlank @Size(max = 20_000) String text,
        @NotNull @NotInFuture LocalDate startedOn,
        boolean contacted,
        @NotInFuture LocalDate contactedOn,
        @AssertTrue(message = "must be given: we cannot handle a complaint without it") boolean consentToProcessing,
        boolean consentToCollectiveAction,
        boolean consentToUpdates,
        @NotBlank @Size(max = MAX_CONSENT_VERSION) String consentVersion,
        @Pattern(regexp = Languages.PATTERN, message = "must be one of en, de, fr") String language,
        @Size(max = 100) String campaign) {

    static final int MAX_CONSENT_VERSION = 20;

    public String languageOrDefault() {
        return language == null ? "en" : language;
    }
}
