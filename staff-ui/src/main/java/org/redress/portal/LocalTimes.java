package org.redress.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BinaryOperator;

/**
 * Dates and times as every staff page shows them, in the staff zone: a
 * date as {@code Sat 12 Dec 2026}, a moment as {@code Sat 12 Dec 2026, 10:30 CET}. The end of a day
 * (23:59:59.999, Regulation 1182/71 Art. 3(2)) reads 24:00 of that day. A deadline or hearing whose
 * own zone (its jurisdiction's) reads another clock also shows that one:
 * {@code Sat 22 May 2027, 01:00 CEST (Fri 21 May 2027, 24:00 in Europe/Dublin)}. In another language
 * the names of days, months and zones are that language's ({@code Sa., 12. Dez. 2026, 10:30 MEZ}).
 * Plain Java.
 */
public final class LocalTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_000_000);

    private final ZoneId staffZone;
    private final DateTimeFormatter day;
    private final DateTimeFormatter zoneName;
    private final BinaryOperator<String> inZone;

    /** In English. */
    public LocalTimes(ZoneId staffZone) {
        this(staffZone, Locale.ENGLISH, "EEE d MMM yyyy", (time, zone) -> time + " in " + zone);
    }

    /**
     * In {@code locale}: a date written with {@code datePattern} (a {@link DateTimeFormatter} pattern),
     * a time on another zone's clock by {@code inZone} (the time and the zone's id).
     */
    public LocalTimes(ZoneId staffZone, Locale locale, String datePattern, BinaryOperator<String> inZone) {
        this.staffZone = staffZone;
        this.day = DateTimeFormatter.ofPattern(datePattern, locale);
        this.zoneName = DateTimeFormatter.ofPattern("zzz", locale);
        this.inZone = inZone;
    }

    /** The zone every time is shown in. */
    public ZoneId zone() {
        return staffZone;
    }

    /** {@code Sat 12 Dec 2026}; empty for none. */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(day);
    }

    /** The day on which {@code time} falls in the staff zone. */
    public LocalDate day(Instant time) {
        return time.atZone(staffZone).toLocalDate();
    }

    /** The day of {@code time} in the staff zone, {@code Sat 12 Dec 2026}. */
    public String dateOf(OffsetDateTime time) {
        return time == null ? "" : date(day(time.toInstant()));
    }

    /** {@code Sat 12 Dec 2026, 10:30 CET}, in the staff zone; empty for none. */
    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : at(time.toInstant());
    }

    /** As {@link #dateTime(OffsetDateTime)}. */
    public String at(Instant time) {
        return time == null ? "" : format(time.atZone(staffZone), true);
    }

    /**
     * A moment that belongs to a zone of its own (a deadline's, a hearing's): in the staff zone,
     * followed by its own clock when that reads otherwise.
     */
    public String zoned(ZonedDateTime time) {
        if (time == null) {
            return "";
        }
        String shown = at(time.toInstant());
        if (time.toLocalDateTime().equals(time.withZoneSameInstant(staffZone).toLocalDateTime())) {
            return shown;
        }
        return shown + " (" + inZone.apply(format(time, false), time.getZone().getId()) + ")";
    }

    /** The instant in {@code zone} (a deadline's), as {@link #zoned(ZonedDateTime)}. */
    public String zonedIn(Instant time, String zone) {
        return zoned(time.atZone(ZoneId.of(zone)));
    }

    /** {@code 10:30 CET} or {@code 24:00 CEST}: the time of day in the staff zone. */
    public String timeOfDay(Instant time) {
        ZonedDateTime here = time.atZone(staffZone);
        return clock(here) + " " + here.format(zoneName);
    }

    private String format(ZonedDateTime time, boolean withZone) {
        String text = time.format(day) + ", " + clock(time);
        return withZone ? text + " " + time.format(zoneName) : text;
    }

    /** {@code HH:mm}; the end of a day (23:59:59.999) as 24:00, a minute's last millisecond rounded up. */
    private static String clock(ZonedDateTime time) {
        if (time.toLocalTime().equals(END_OF_DAY)) {
            return "24:00";
        }
        LocalTime local = time.toLocalTime();
        if (local.getSecond() == 59 && local.getNano() == 999_000_000) {
            local = local.plusNanos(1_000_000);
        }
        return local.format(TIME);
    }
}
