package org.redress.complaints.complaint;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a member of the public sends to submit a complaint. */
public record ComplaintSubmission(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String company,
        @NotBlank @Size(max = 20_000) String text,
        @Pattern(regexp = "en|de|fr", message = "must be one of en, de, fr") String language) {

    public String languageOrDefault() {
        return language == null ? "en" : language;
    }
}
