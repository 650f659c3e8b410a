package org.redress.cases.deadline;

import java.time.ZoneId;

import org.redress.cases.casefile.CaseFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Maps deadlines to their API model. */
final class DeadlineMapper {

    private DeadlineMapper() {
    }

    static DeadlineView view(Deadline deadline, CaseFile file, ObjectMapper mapper) {
        try {
            return new DeadlineView(deadline.id, file.reference, deadline.kind, deadline.state, deadline.runsFrom,
                    deadline.periodAmount, deadline.periodUnit, deadline.dueAt.atZoneSameInstant(ZoneId.of(deadline.zone)),
                    deadline.zone, deadline.jurisdiction, deadline.explanationSummary,
                    deadline.explanation == null ? null : mapper.readTree(deadline.explanation), deadline.legalBasis,
                    deadline.extendableAmount == null ? null : deadline.extendableUnit.describe(deadline.extendableAmount),
                    deadline.extensionLimitAt == null ? null
                            : deadline.extensionLimitAt.atZoneSameInstant(ZoneId.of(deadline.zone)),
                    deadline.startedByStepType == null ? null
                            : new DeadlineEvents.Step(deadline.startedByStepType, deadline.startedByStepOn),
                    deadline.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable explanation of deadline " + deadline.id, e);
        }
    }
}
