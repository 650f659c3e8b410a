package org.redress.complaints.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.redress.portal.Languages;

/** A contact address to add to an organisation: whom it reaches, the address, the language to write in. */
public record NewContact(
        @NotNull(message = "choose whom the address reaches") ContactRole role,
        @NotBlank(message = "is required") @Size(max = 254, message = "is longer than 254 characters")
        @Email(regexp = ".+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address such as dpo@example.com") String email,
        @NotNull(message = "choose the language to write in")
        @Pattern(regexp = Languages.PATTERN, message = "must be en, de or fr") String language) {

    /** The address as typed, without the spaces around it. */
    public NewContact {
        email = email == null ? null : email.strip();
    }
}
