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
}
