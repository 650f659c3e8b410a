package org.redress.cases.pages;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * Times as staff read them: local time in the case's zone, with the zone named; the end of a day
 * (23:59:59.999, Regulation 1182/71 Art. 3(2)) as 24:00 of that day.
 */
@TemplateExtension
public final class LocalTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_000_000);

    private LocalTimes() {
    }

    /** {@code Fri 21 May 2027 24:00 Europe/Vienna}. */
    public static String local(ZonedDateTime time) {
        boolean endOfDay = time.toLocalTime().equals(END_OF_DAY);
        return time.format(DAY) + " " + (endOfDay ? "24:00" : time.format(TIME)) + " " + time.getZone().getId();
    }

    /** {@code 24:00 Europe/Vienna}: the time of day and the zone. */
    public static String timeOfDay(ZonedDateTime time) {
        boolean endOfDay = time.toLocalTime().equals(END_OF_DAY);
        return (endOfDay ? "24:00" : time.format(TIME)) + " " + time.getZone().getId();
    }

    /** The instant in {@code zone}, formatted as {@link #local(ZonedDateTime)}. */
    public static String localIn(OffsetDateTime time, String zone) {
        return local(time.atZoneSameInstant(ZoneId.of(zone)));
    }

    /** The day, {@code 2026-11-29} (UTC). */
    public static String day(OffsetDateTime time) {
        return time.toLocalDate().toString();
    }

    static String local(Instant instant, String zone) {
        return local(instant.atZone(ZoneId.of(zone)));
    }
}
