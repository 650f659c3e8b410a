package org.redress.portal;

import java.time.Instant;

/**
 * Whether notifications-service is holding reminders back, as the banner of every staff page tells
 * it: the SMTP server has refused or been unreachable since {@code since}, or notifications-service
 * itself could not be asked ({@code unknown}). A silent outage of reminders is the worst failure.
 */
public record ReminderStatus(boolean heldBack, Instant since, boolean unknown) {

    public static final ReminderStatus FLOWING = new ReminderStatus(false, null, false);
    public static final ReminderStatus UNKNOWN = new ReminderStatus(false, null, true);

    public static ReminderStatus heldBackSince(Instant since) {
        return new ReminderStatus(true, since, false);
    }

    /** The banner's sentence, or {@code null} when there is nothing to say. */
    public String banner() {
        if (heldBack) {
            return "Reminders are held back: the mail server has refused or been unreachable since " + since
                    + ". They go out once it accepts them again.";
        }
        if (unknown) {
            return "Reminders may be held back: notifications-service cannot be reached, so whether reminders "
                    + "are being sent is unknown.";
        }
        return null;
    }
}
