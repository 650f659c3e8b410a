package org.redress.cases.deadline;

import java.time.Instant;
import java.time.ZoneId;

/**
 * When a deadline is due and why.
 *
 * @param dueAt       the due instant
 * @param zone        the zone its local time is shown in
 * @param explanation the structured explanation, JSON
 * @param summary     its one line
 */
public record Schedule(Instant dueAt, ZoneId zone, String explanation, String summary) {
}
