package org.redress.notifications.complainant;

/** What differs between the kinds of email to a complainant, in the complainant's language. */
record Wording(String subject, String intro, String action, String note) {
}
