package org.redress.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the portal's layout, error page and logged-out page, in English;
 * {@code messages/portal_de.properties} and {@code messages/portal_fr.properties} translate each key.
 * Templates use {@code {portal:key}}; Java code asks {@link StaffLanguage#bundle(Class)}.
 */
@MessageBundle(value = "portal", locale = "en")
public interface PortalMessages {

    // --- layout ---------------------------------------------------------------------------------
    @Message("Skip to content")
    String skip_link();

    @Message("Triage")
    String nav_triage();

    @Message("Cases")
    String nav_cases();

    @Message("Deadlines")
    String nav_deadlines();

    @Message("Calendar")
    String nav_calendar();

    @Message("Notifications")
    String nav_notifications();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("Log out")
    String log_out();

    @Message("Language")
    String language();

    @Message("Reminders are held back: the mail server has refused or been unreachable since {since}. They go out once it accepts them again.")
    String reminders_held_back(String since);

    @Message("Reminders may be held back: notifications-service cannot be reached, so whether reminders are being sent is unknown.")
    String reminders_unknown();

    // --- logged out -----------------------------------------------------------------------------
    @Message("Logged out")
    String logged_out_title();

    @Message("You are logged out")
    String logged_out_heading();

    @Message("You are logged out of every Redress staff page (triage, cases, notifications).")
    String logged_out_text();

    @Message("Log in again")
    String log_in_again();

    // --- errors ---------------------------------------------------------------------------------
    @Message("This request could not be used")
    String error_400_title();

    @Message("Something in what was sent is not valid. Go back, check it and send it again.")
    String error_400_text();

    @Message("You may not open this page")
    String error_403_title();

    @Message("Your account does not have the role this page needs. Ask whoever runs Redress if you should have it.")
    String error_403_text();

    @Message("Page not found")
    String error_404_title();

    @Message("There is nothing at this address: it may be mistyped, or what it showed no longer exists.")
    String error_404_text();

    @Message("This page cannot be opened this way")
    String error_method_title();

    @Message("Open it from a link or a form of Redress instead.")
    String error_method_text();

    @Message("Someone else changed this first")
    String error_409_title();

    @Message("Reload the page to see the latest version, then make your change again.")
    String error_409_text();

    @Message("Something went wrong on our side")
    String error_500_title();

    @Message("Nothing you did caused this. Try again in a moment.")
    String error_500_text();

    @Message("Not available right now")
    String error_503_title();

    @Message("A part of Redress this page needs does not answer. Try again in a minute.")
    String error_503_text();

    @Message("Error {status}")
    String error_other_title(int status);

    @Message("This request did not succeed.")
    String error_other_text();

    @Message("If it happens again, give this reference to whoever runs Redress:")
    String error_reference();

    @Message("Back to the start page")
    String error_back();

    @Message("Try this page again")
    String error_retry();

    // --- the input checks' refusals (platform input), said in the staff member's language ----------
    @Message("One field is not valid.")
    String input_one_field();

    @Message("{count} fields are not valid.")
    String input_fields(int count);

    @Message("contains the character U+0000 (NUL), which cannot be stored")
    String input_nul();

    @Message("is not valid Unicode (a lone surrogate at character {position})")
    String input_lone_surrogate(String position);

    @Message("must be between {first} and {last}")
    String input_date_range(String first, String last);

    @Message("A value in the request cannot be stored: a character, number or date out of range, or text too long.")
    String input_unstorable();

    // --- dates and times (LocalTimes) -------------------------------------------------------------
    /** How a date is shown ({@link java.time.format.DateTimeFormatter} pattern): Sat 12 Dec 2026. */
    @Message("EEE d MMM yyyy")
    String date_pattern();

    /** A time on the clock of another zone than the staff zone: "Fri 21 May 2027, 24:00 in Europe/Dublin". */
    @Message("{time} in {zone}")
    String time_in_zone(String time, String zone);
}
