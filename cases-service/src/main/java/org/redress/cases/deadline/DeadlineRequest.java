package org.redress.cases.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.redress.cases.jurisdiction.JurisdictionZones;

/**
 * What the {@link DeadlineCalculator} needs to compute a deadline under Regulation (EEC, Euratom)
 * No 1182/71.
 *
 * @param eventDate   the day of the event the period runs from (Art. 3(1)), or, counted backwards,
 *                    the date it runs back from; this day itself is never counted
 * @param period      how long the period is
 * @param countryCode the jurisdiction, ISO 3166-1 alpha-2 ("AT", "IE"), whose public holidays apply
 * @param zone        the time zone whose "end of the day" applies; {@code null} for the
 *                    jurisdiction's default zone ({@link JurisdictionZones})
 * @param counting    forwards from an event (the usual case) or backwards from a date
 */
public record DeadlineRequest(LocalDate eventDate, Period period, String countryCode, ZoneId zone,
        Counting counting) {

    public DeadlineRequest {
        if (eventDate == null) {
            throw new IllegalArgumentException("eventDate must be given");
        }
        if (period == null) {
            throw new IllegalArgumentException("period must be given");
        }
        if (countryCode == null || !countryCode.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException(
                    "countryCode must be an ISO 3166-1 alpha-2 code such as AT, was " + countryCode);
        }
        countryCode = countryCode.toUpperCase(Locale.ROOT);
        if (counting == null) {
            counting = Counting.FORWARDS;
        }
    }

    /** A period running forwards from an event, in the jurisdiction's default zone. */
    public static DeadlineRequest from(LocalDate eventDate, Period period, String countryCode) {
        return new DeadlineRequest(eventDate, period, countryCode, null, Counting.FORWARDS);
    }

    /** A period counted backwards from a date, in the jurisdiction's default zone. */
    public static DeadlineRequest backFrom(LocalDate date, Period period, String countryCode) {
        return new DeadlineRequest(date, period, countryCode, null, Counting.BACKWARDS);
    }

    /** The same request with the end of the day taken in another zone. */
    public DeadlineRequest inZone(ZoneId otherZone) {
        return new DeadlineRequest(eventDate, period, countryCode, otherZone, counting);
    }
}
