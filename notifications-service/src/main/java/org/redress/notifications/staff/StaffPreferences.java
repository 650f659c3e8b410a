package org.redress.notifications.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.redress.portal.Languages;

/**
 * A staff member's choices: the language of their reminders and digest (en, de or fr), whether they
 * get the daily digest, and the IANA zone of its 08:00 (the configured default zone when null).
 */
public record StaffPreferences(
        @NotNull @Pattern(regexp = Languages.PATTERN, message = "must be en, de or fr") String language,
        Boolean digest,
        @Size(max = 64, message = "must be an IANA time zone such as Europe/Berlin") @IanaZone String zone) {

    /** The choices of someone who has made none. */
    public static StaffPreferences defaults(String zone) {
        return new StaffPreferences("en", false, zone);
    }

    /** Whether the daily digest is on (off unless asked for). */
    public boolean wantsDigest() {
        return Boolean.TRUE.equals(digest);
    }
}
