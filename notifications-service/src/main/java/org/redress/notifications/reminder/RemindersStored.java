package org.redress.notifications.reminder;

/** Fired in the transaction that stored new reminders; the reminder clock re-arms once it commits. */
record RemindersStored(int count) {
}
