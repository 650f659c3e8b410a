package org.redress.cases.deadline;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A deadline as the case page shows it: due instant in the jurisdiction's zone, and the
 * explanation, structured and in one line.
 */
public record DeadlineView(UUID id, String caseReference, DeadlineKind kind, DeadlineState state, LocalDate runsFrom,
        Integer periodAmount, PeriodUnit periodUnit, ZonedDateTime dueAt, String zone, String jurisdiction,
        String explanationSummary, JsonNode explanation, String legalBasis, String extendableBy,
        ZonedDateTime extensionLimit,
        DeadlineEvents.Step startedByStep, long version) {
}
