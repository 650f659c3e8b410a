package org.redress.cases.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) document: CRLF line ends, lines folded at 75 octets, text values
 * escaped, times in UTC. Pure: no framework. Written here rather than with biweekly 0.6.8, which folds
 * at 75 characters: a summary with umlauts or accents (a German or French company name) then gives
 * lines of up to twice the 75 octets RFC 5545 section 3.1 allows, which strict clients refuse.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * One event.
     *
     * @param uid         stable across updates, so clients update the event instead of adding one
     * @param start       start
     * @param end         end, after start
     * @param summary     title
     * @param description body
     * @param sequence    increases with each change (the deadline's version)
     * @param cancelled   shown as cancelled
     * @param alarmBefore how long before the start the alarm fires; null for none
     */
    public record Event(String uid, Instant start, Instant end, String summary, String description, long sequence,
            boolean cancelled, Duration alarmBefore) {
    }

    private ICalendar() {
    }

    public static String write(String name, Instant stamp, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Redress//cases-service//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.uid());
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(event.start()));
            line(out, "DTEND:" + UTC.format(event.end()));
            line(out, "SEQUENCE:" + event.sequence());
            line(out, "SUMMARY:" + text(event.summary()));
            line(out, "DESCRIPTION:" + text(event.description()));
            line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "TRANSP:TRANSPARENT");
            if (event.alarmBefore() != null && !event.cancelled()) {
                line(out, "BEGIN:VALARM");
                line(out, "ACTION:DISPLAY");
                line(out, "DESCRIPTION:" + text(event.summary()));
                line(out, "TRIGGER:-" + event.alarmBefore());
                line(out, "END:VALARM");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** RFC 5545 3.1: a line longer than 75 octets continues on the next line after CRLF and a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
