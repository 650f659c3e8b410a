package org.redress.cases.deadline;

import java.time.OffsetDateTime;

/**
 * A deadline's extension: a new period, still running from the same event, or a new manual due
 * instant; {@code version}, when sent, must be the deadline's current one.
 */
public record ExtensionForm(PeriodForm period, OffsetDateTime dueAt, Long version) {
}
