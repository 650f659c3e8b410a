package org.redress.notifications.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The day a staff member's digest is for, when it was due (the configured local time that day), and
 * the bounds of its sections, in their zone: overdue (ended before now), due today (from now to the
 * end of the local day) and due this week (the seven days after today). Plain Java: no framework in
 * here.
 */
public record DigestWindow(LocalDate day, ZonedDateTime dueAt, Instant now, Instant startOfTomorrow, Instant endOfWeek) {

    /** How many days after today "due this week" covers. */
    public static final int WEEK_DAYS = 7;

    /** The section a deadline due at {@code dueAt} belongs to; empty when it is due after this week. */
    public enum Section {
        OVERDUE, TODAY, WEEK
    }

    /**
     * The digest due at {@code now} for a staff member in {@code zone} whose last digest was for
     * {@code lastSent} (null: never): today's, once the local time is {@code at} or later and today's
     * has not gone out; none before {@code at}, or when it has.
     */
    public static Optional<DigestWindow> due(Instant now, ZoneId zone, LocalTime at, LocalDate lastSent) {
        LocalDate today = now.atZone(zone).toLocalDate();
        ZonedDateTime dueAt = today.atTime(at).atZone(zone);
        if (now.isBefore(dueAt.toInstant()) || (lastSent != null && !lastSent.isBefore(today))) {
            return Optional.empty();
        }
        return Optional.of(new DigestWindow(today, dueAt, now, today.plusDays(1).atStartOfDay(zone).toInstant(),
                today.plusDays(1 + WEEK_DAYS).atStartOfDay(zone).toInstant()));
    }

    /** Whether the digest goes out later than {@code lateAfter} after it was due (the service was down then). */
    public boolean isLate(Duration lateAfter) {
        return now.isAfter(dueAt.toInstant().plus(lateAfter));
    }

    public Optional<Section> sectionOf(Instant dueAt) {
        if (dueAt.isBefore(now)) {
            return Optional.of(Section.OVERDUE);
        }
        if (dueAt.isBefore(startOfTomorrow)) {
            return Optional.of(Section.TODAY);
        }
        return dueAt.isBefore(endOfWeek) ? Optional.of(Section.WEEK) : Optional.empty();
    }
}
