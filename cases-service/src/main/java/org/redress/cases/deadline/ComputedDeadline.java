package org.redress.cases.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A deadline worked out under Regulation (EEC, Euratom) No 1182/71: the period ends with the
 * expiry of the last hour of {@link #lastDay()} (Art. 3(2)(b), (c)), which Redress stores as
 * 23:59:59.999 in the jurisdiction's zone.
 *
 * @param lastDay     the last day of the period, after Art. 3(4) and 3(5); counted backwards, the
 *                    last day on which one can still act
 * @param dueLocal    the end of that day, local time ({@code lastDay} at 23:59:59.999)
 * @param zone        the zone of {@code dueLocal}
 * @param dueInstant  the same moment as an instant, for storage and timers
 * @param explanation how it was worked out
 */
public record ComputedDeadline(LocalDate lastDay, LocalDateTime dueLocal, ZoneId zone, Instant dueInstant,
        DeadlineExplanation explanation) {

    /** The due moment with its zone. */
    public ZonedDateTime due() {
        return dueLocal.atZone(zone);
    }
}
