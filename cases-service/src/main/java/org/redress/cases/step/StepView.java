package org.redress.cases.step;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.redress.cases.casefile.StepType;
import org.redress.cases.deadline.DeadlineView;

/**
 * A step as the case page shows it; when it was just recorded, also the deadlines it opened and
 * the ones it met.
 */
public record StepView(UUID id, String caseReference, StepType type, LocalDate occurredOn, String description,
        List<String> documents, String authorityReference, String court, String courtCaseNumber,
        OffsetDateTime hearingAt, LocalDate optInDeadline, String recordedBy, OffsetDateTime recordedAt,
        List<DeadlineView> deadlinesOpened, List<DeadlineView> deadlinesMet) {

    static StepView of(Step step, String caseReference, List<DeadlineView> opened, List<DeadlineView> met) {
        return new StepView(step.id, caseReference, step.type, step.occurredOn, step.description,
                List.copyOf(step.documents), step.authorityReference, step.court, step.courtCaseNumber, step.hearingAt,
                step.optInDeadline, step.recordedBy, step.recordedAt, opened, met);
    }
}
