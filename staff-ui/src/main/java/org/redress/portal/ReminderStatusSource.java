package org.redress.portal;

/**
 * Where the banner learns whether reminders are held back. notifications-service reads its own SMTP
 * state; the other services ask it over HTTP ({@link RemoteReminderStatus}, the default bean).
 */
public interface ReminderStatusSource {

    /** The current status; never blocks a page for long, never throws. */
    ReminderStatus current();
}
