package org.redress.notifications.digest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence of the daily digest, in English; German and French in
 * {@code messages/digest_de.properties} and {@code messages/digest_fr.properties}. Plain text: the
 * HTML template escapes it.
 */
@MessageBundle(value = "digest", locale = "en")
public interface DigestMessages {

    /** How days are written ({@link java.time.format.DateTimeFormatter} pattern). */
    @Message("EEEE d MMMM yyyy")
    String dayPattern();

    /** How dates and times are written. */
    @Message("EEEE d MMMM yyyy, HH:mm")
    String dateTimePattern();

    @Message("Your deadlines on {day}: {overdue} overdue, {today} due today, {week} due this week")
    String subject(String day, int overdue, int today, int week);

    @Message("This digest comes late: it was due at {time} ({zone}), while the reminder service was not running."
            + " It lists your deadlines as they stand now.")
    String lateNote(String time, String zone);

    @Message("Good morning. These are the deadlines of your cases that need watching on {day}.")
    String intro(String day);

    @Message("Overdue")
    String overdueTitle();

    @Message("Due today")
    String todayTitle();

    @Message("Due this week (the next seven days)")
    String weekTitle();

    @Message("ended {due}")
    String ended(String due);

    @Message("ends {due}")
    String ends(String due);

    @Message("… and {count} more.")
    String more(int count);

    @Message("You receive this digest because you asked for it in your Redress preferences. It comes once a day,"
            + " from {time} ({zone}), when a deadline of your cases is overdue or ends within a week.")
    String why(String time, String zone);

    @Message("Redress daily digest")
    String signature();
}
