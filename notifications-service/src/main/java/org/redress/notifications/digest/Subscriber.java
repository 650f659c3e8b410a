package org.redress.notifications.digest;

import java.time.LocalDate;

/** A staff member who asked for the daily digest: address, language, zone (null: the default) and the day of their last one. */
record Subscriber(String email, String language, String zone, LocalDate lastSent) {
}
