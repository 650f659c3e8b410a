package org.redress.platform.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The dates Redress takes from its users: from 1900 to 2999. Complaints, cases and legal periods
 * all fall well inside; a date outside is a typing error (the year 20266) or a hostile value (the
 * year 999999999, whose period would run past what a date can hold), refused like any bad date.
 */
public final class InputDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2999, 12, 31);
    /** Said of a field whose date is outside the range. */
    public static final String OUT_OF_RANGE = "must be between " + FIRST + " and " + LAST;

    private InputDates() {
    }

    /** Why {@code date} is refused, or empty when it is within the range. */
    public static Optional<String> whyOutOfRange(LocalDate date) {
        return date == null || !date.isBefore(FIRST) && !date.isAfter(LAST) ? Optional.empty()
                : Optional.of(OUT_OF_RANGE);
    }

    /** The same for any of the date-time types a JSON body or form carries (read in UTC). */
    public static Optional<String> whyOutOfRange(Object value) {
        return whyOutOfRange(dateOf(value));
    }

    /**
     * An ISO date ({@code 2026-05-27}) typed into a form or a query; a date outside the range fails as
     * unparsable text does, so that callers answer both with the same message.
     */
    public static LocalDate parseDate(CharSequence text) {
        LocalDate date = LocalDate.parse(text);
        if (whyOutOfRange(date).isPresent()) {
            throw new DateTimeParseException("The date " + date + " is outside " + FIRST + " to " + LAST, text, 0);
        }
        return date;
    }

    /** An ISO local date and time ({@code 2026-12-03T09:30}) typed into a form, bounded the same way. */
    public static LocalDateTime parseDateTime(CharSequence text) {
        LocalDateTime dateTime = LocalDateTime.parse(text);
        if (whyOutOfRange(dateTime.toLocalDate()).isPresent()) {
            throw new DateTimeParseException("The date " + dateTime + " is outside " + FIRST + " to " + LAST, text, 0);
        }
        return dateTime;
    }

    private static LocalDate dateOf(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof Instant instant) {
            // Instant.MIN/MAX lie beyond what LocalDate holds: clamp before converting
            if (instant.isBefore(FIRST.atStartOfDay(ZoneOffset.UTC).toInstant())) {
                return FIRST.minusDays(1);
            }
            if (instant.isAfter(LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
                return LAST.plusDays(1);
            }
            return instant.atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return null;
    }
}
