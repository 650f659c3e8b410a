package org.redress.cases.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.redress.portal.Languages;

/** What staff choose for a formal notice: the language to write in, and what is demanded of the company. */
public record LetterForm(
        @NotNull(message = "choose the language to write in")
        @Pattern(regexp = Languages.PATTERN, message = "must be en, de or fr") String language,
        @NotBlank(message = "say what the company must do") @Size(max = 5000, message = "is longer than 5,000 characters")
        String demands) {
}
