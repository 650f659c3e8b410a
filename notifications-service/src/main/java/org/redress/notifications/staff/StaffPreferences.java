package org.redress.notifications.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A staff member's choices: the language of their reminders (en, de or fr). */
public record StaffPreferences(@NotNull @Pattern(regexp = "en|de|fr", message = "must be en, de or fr") String language) {
}
